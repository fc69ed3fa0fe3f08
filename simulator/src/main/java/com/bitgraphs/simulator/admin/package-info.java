/**
 * The simulator's own admin API under {@code /_simulator}: call counters, fault knobs, access tokens and the
 * Connect lifecycle driver, for tests and the demo. It is not Bitbucket's and needs no authentication.
 */
package com.bitgraphs.simulator.admin;
