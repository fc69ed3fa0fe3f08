/**
 * The ingestion benchmark: a generated workspace backfilled through the simulator with no rate limit, timed
 * from the install to the sync status saying done, with the rows written, API calls, heap and CPU per part,
 * and the stored per-day numbers checked against git.
 */
package com.bitgraphs.bench.ingest;
