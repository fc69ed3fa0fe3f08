package com.bitgraphs.bench;

import com.bitgraphs.bench.ingest.IngestBenchmark;
import com.bitgraphs.bench.reports.ReportBenchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code ./bitgraphs bench <benchmark> [options]}: picks the benchmark by name. A new benchmark (e.g. the
 * reports' latency) adds one entry here and reuses {@link BenchSystem}, {@link BenchOptions} and the samplers.
 */
public final class BenchCommand {

    /** A benchmark: runs against the project at that root and answers the exit code. */
    public interface Benchmark {
        int run(Path root, BenchOptions options) throws Exception;
    }

    private static final Map<String, Benchmark> BENCHMARKS = Map.of("ingest", new IngestBenchmark(),
            "reports", (root, options) -> ReportBenchmark.run(root));

    private BenchCommand() {
    }

    public static int run(Path root, List<String> args) throws Exception {
        if (args.isEmpty() || !BENCHMARKS.containsKey(args.get(0))) {
            throw new IllegalArgumentException("name a benchmark: " + String.join(", ", BENCHMARKS.keySet()));
        }
        return BENCHMARKS.get(args.get(0)).run(root, BenchOptions.parse(args.subList(1, args.size())));
    }
}
