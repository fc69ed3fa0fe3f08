package com.bitgraphs.bitbucket.control;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** What a tenant's calls cost: requests sent, retries, and time spent waiting for rate limits. */
public final class CallStatistics {

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong rateLimitedMillis = new AtomicLong();

    void requestSent() {
        requests.incrementAndGet();
    }

    void retried() {
        retries.incrementAndGet();
    }

    void rateLimitedFor(Duration wait) {
        rateLimitedMillis.addAndGet(wait.toMillis());
    }

    public long requests() {
        return requests.get();
    }

    public long retries() {
        return retries.get();
    }

    public Duration rateLimited() {
        return Duration.ofMillis(rateLimitedMillis.get());
    }
}
