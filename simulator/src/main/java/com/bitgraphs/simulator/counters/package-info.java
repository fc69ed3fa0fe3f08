/**
 * Counting the API calls per endpoint and per workspace, so that tests and benchmarks can prove how many calls a
 * job made.
 */
package com.bitgraphs.simulator.counters;
