/** The one clock of the application, injected wherever time matters so that tests can move it. */
package com.bitgraphs.clock;
