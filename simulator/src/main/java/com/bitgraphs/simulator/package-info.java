/**
 * A Bitbucket Cloud simulator: serves local git repositories as Bitbucket's REST API 2.0 would, plays Bitbucket's
 * side of Atlassian Connect, sends webhooks and injects faults, so that the app can be tried, tested and benchmarked
 * without reaching Bitbucket. {@link com.bitgraphs.simulator.Simulator} is the entry point.
 */
package com.bitgraphs.simulator;
