package com.bitgraphs.simulator.webhooks;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The background side of webhooks: a single poller running the watcher at a fixed delay, and a few sender threads
 * so that a slow app does not hold up the polling.
 */
public final class WebhookSchedule implements AutoCloseable {
    private static final int SENDERS = 4;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS);

    public ExecutorService senders() {
        return senders;
    }

    public void watch(Runnable watcher, Duration every) {
        poller.scheduleWithFixedDelay(watcher, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        poller.shutdownNow();
        senders.shutdownNow();
    }
}
