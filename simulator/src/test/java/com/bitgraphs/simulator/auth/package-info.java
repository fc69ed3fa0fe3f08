/**
 * Tests of the simulator's authentication: the query string hash and who may call the API.
 */
package com.bitgraphs.simulator.auth;
