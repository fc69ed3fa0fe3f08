/**
 * Runs Bitgraphs outside a production server: provisions PostgreSQL (embedded binaries, or an external
 * server named by {@code BITGRAPHS_DB_*}) with its owner and application roles, starts the provisioned
 * WildFly with the application deployed, and stops everything on Ctrl-C or SIGTERM.
 * The integration tests reuse the database part.
 */
package com.bitgraphs.launcher;
