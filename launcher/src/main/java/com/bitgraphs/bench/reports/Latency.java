package com.bitgraphs.bench.reports;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Timings of repeated calls, in milliseconds, summarised by nearest-rank percentiles. */
record Latency(double[] millis) {

    /** Runs {@code warmups} untimed calls, then times {@code repeats} calls one after the other. */
    static Latency measure(int warmups, int repeats, Callable<?> call) throws Exception {
        for (int i = 0; i < warmups; i++) {
            call.call();
        }
        double[] millis = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            call.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return new Latency(millis);
    }

    /** Nearest rank: the smallest value with at least {@code p} percent of the values at or below it. */
    double percentile(double p) {
        if (millis.length == 0) {
            throw new IllegalStateException("no timings");
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    double p50() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }
}
