/**
 * The simulator's HTTP plumbing on the JDK's {@code com.sun.net.httpserver}: requests, responses, a template router
 * and the front that turns exchanges into requests.
 */
package com.bitgraphs.simulator.http;
