/**
 * Bitbucket's side of Atlassian Connect: fetching and checking an app's descriptor, the installations with their
 * shared secrets, and the lifecycle calls (installed, uninstalled) signed as Bitbucket signs them.
 */
package com.bitgraphs.simulator.connect;
