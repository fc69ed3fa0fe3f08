/**
 * {@code ./bitgraphs bench <benchmark>}: benchmarks run outside {@code mvn verify}, on the demo's machinery
 * (embedded PostgreSQL, the in-process simulator, the provisioned WildFly in {@code ear/target}) at their own
 * ports. {@link com.bitgraphs.bench.BenchSystem} starts and stops that system; each benchmark drives it and
 * measures; {@link com.bitgraphs.bench.ProcessCpu} and {@link com.bitgraphs.bench.HeapSampler} measure what any
 * benchmark needs. Results go to {@code target/bench/} and, by hand, to {@code docs/benchmarks.md}.
 */
package com.bitgraphs.bench;
