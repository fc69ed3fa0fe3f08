/**
 * Tests of the injected faults and the rate limit.
 */
package com.bitgraphs.simulator.faults;
