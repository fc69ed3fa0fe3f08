package com.bitgraphs.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The heap in use is the sum of the heap pools in Micrometer's Prometheus text, and nothing else. */
class HeapSamplerTest {

    @Test
    void sumsTheHeapPoolsOnly() {
        String text = """
                # HELP jvm_memory_used_bytes The amount of used memory
                # TYPE jvm_memory_used_bytes gauge
                jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1.2E8
                jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 8.0E7
                jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 9.9E7
                jvm_memory_max_bytes{area="heap",id="G1 Old Gen"} 5.36870912E8
                """;

        assertThat(HeapSampler.heapUsed(text)).isEqualTo(200_000_000L);
    }
}
