/**
 * Tests of the members derived from author emails.
 */
package com.bitgraphs.simulator.members;
