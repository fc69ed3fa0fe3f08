/**
 * Tests of the REST API against the machine's git as the oracle.
 */
package com.bitgraphs.simulator.api;
