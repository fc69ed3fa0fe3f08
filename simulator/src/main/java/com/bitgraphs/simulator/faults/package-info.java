/**
 * Faults Bitbucket shows in real life, on demand and seeded for reproducibility: a rolling-hour rate limit per
 * workspace (429, with or without {@code Retry-After}), server errors at a rate, slow answers and answers that hang
 * past a client's timeout.
 */
package com.bitgraphs.simulator.faults;
