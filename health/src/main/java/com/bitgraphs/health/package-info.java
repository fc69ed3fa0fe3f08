/**
 * Liveness and readiness of Bitgraphs for operators, at {@code /health/live} and {@code /health/ready} on
 * the management interface. Every DOWN says why.
 */
package com.bitgraphs.health;
