/**
 * A realistic generated workspace for the benchmarks: bare git repositories written with one
 * {@code git fast-import} each, with authors (some without a Bitbucket account), feature branches and merges,
 * tags, renames, binaries and a long tail of large commits, spread over five years. Deterministic from a seed
 * and cached under {@code target/}, so reruns skip generation.
 */
package com.bitgraphs.bench.workspace;
