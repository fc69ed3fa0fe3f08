/**
 * Jakarta Batch artifacts of ingestion. Every chunk runs inside its tenant: the job's {@code tenant}
 * parameter enters the tenant context before a chunk begins, so its reads and writes pass row-level security
 * as that tenant and no other.
 */
package com.bitgraphs.ingest.batch;
