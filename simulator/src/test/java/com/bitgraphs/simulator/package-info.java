/**
 * Tests of the simulator's entry points.
 */
package com.bitgraphs.simulator;
