package com.bitgraphs.bench.reports;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyTest {

    @Test
    void percentilesAreNearestRank() {
        // 1..100 shuffled: the 50th and 95th smallest
        double[] values = IntStream.rangeClosed(1, 100).map(i -> (i * 37) % 100 + 1).asDoubleStream().toArray();
        Latency latency = new Latency(values);
        assertThat(latency.p50()).isEqualTo(50.0);
        assertThat(latency.p95()).isEqualTo(95.0);
    }

    @Test
    void aSingleTimingIsEveryPercentile() {
        Latency latency = new Latency(new double[]{7.5});
        assertThat(latency.p50()).isEqualTo(7.5);
        assertThat(latency.p95()).isEqualTo(7.5);
    }

    @Test
    void measureTimesEachRepeatAfterTheWarmups() throws Exception {
        int[] calls = {0};
        Latency latency = Latency.measure(3, 5, () -> calls[0]++);
        assertThat(calls[0]).isEqualTo(8);
        assertThat(latency.millis()).hasSize(5);
    }
}
