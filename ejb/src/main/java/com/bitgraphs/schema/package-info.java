/**
 * The database schema: Flyway migrations applied as the owner role when the application deploys,
 * before anything else touches the database, and their outcome published for the readiness check.
 */
package com.bitgraphs.schema;
