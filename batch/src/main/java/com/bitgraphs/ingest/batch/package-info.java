/**
 * The backfill as a Jakarta Batch job ({@code META-INF/batch-jobs/backfill.xml}): repositories, then every
 * repository's commits (partitioned, a chunk per page, the page's URL as checkpoint), then the diffstats of
 * non-merge commits newest first. Every write goes through {@code IngestStore} inside the job's tenant, so
 * row-level security binds batch work; writes are idempotent, so a restarted job ends with exactly the right rows.
 */
package com.bitgraphs.ingest.batch;
