package com.bitgraphs.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the server JVM's heap in use from the management interface's Prometheus text
 * ({@code jvm_memory_used_bytes{area="heap",...}}, one line per pool, summed) and keeps the largest sample.
 */
public final class HeapSampler implements AutoCloseable {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI metrics;
    private final AtomicLong max = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    public HeapSampler(URI metrics, Duration every) {
        this.metrics = metrics;
        this.thread = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(every.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** The heap in use now, in bytes; 0 when the metrics do not answer. */
    public long sample() {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long used = heapUsed(response.body());
            max.accumulateAndGet(used, Math::max);
            samples.incrementAndGet();
            return used;
        } catch (Exception e) {
            return 0;
        }
    }

    static long heapUsed(String prometheusText) {
        double sum = 0;
        for (String line : prometheusText.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return (long) sum;
    }

    public long maxBytes() {
        return max.get();
    }

    public long samples() {
        return samples.get();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
