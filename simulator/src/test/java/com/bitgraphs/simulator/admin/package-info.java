/**
 * Tests of the simulator's admin API.
 */
package com.bitgraphs.simulator.admin;
