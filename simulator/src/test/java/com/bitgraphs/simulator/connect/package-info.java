/**
 * Tests of Bitbucket's side of the Connect lifecycle against a fake app.
 */
package com.bitgraphs.simulator.connect;
