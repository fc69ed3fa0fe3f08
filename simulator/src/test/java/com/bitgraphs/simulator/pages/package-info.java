/**
 * Tests of the page host.
 */
package com.bitgraphs.simulator.pages;
