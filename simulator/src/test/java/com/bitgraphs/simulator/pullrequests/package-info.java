/**
 * Tests of the pull requests derived from history and read from the pull-request file.
 */
package com.bitgraphs.simulator.pullrequests;
