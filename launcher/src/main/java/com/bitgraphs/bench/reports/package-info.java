/**
 * The report benchmark ({@code ./bitgraphs bench reports}): a generated workspace of a million commits written
 * straight into PostgreSQL with set-based SQL, every report of the API timed over HTTP against the same answer
 * computed from the raw commit and pull-request rows. Not part of {@code mvn verify}; results in docs/benchmarks.md.
 */
package com.bitgraphs.bench.reports;
