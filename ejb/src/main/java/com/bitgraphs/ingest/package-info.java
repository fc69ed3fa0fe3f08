/**
 * Ingestion: webhook deliveries received and stored before they are answered, and (with the backfill and
 * resync) turned into commits, diffstats and pull requests.
 */
package com.bitgraphs.ingest;
