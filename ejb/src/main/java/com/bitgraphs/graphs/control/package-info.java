/**
 * The work behind the reports: rollup maintenance (idempotent recomputation of touched buckets), matching of
 * file exclusions and excluded people, and the SQL over the rollups.
 */
package com.bitgraphs.graphs.control;
