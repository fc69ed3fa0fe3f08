package com.bitgraphs.bitbucket.control;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: a random wait between zero and {@code base * 2^attempt}, capped,
 * so that many clients retrying at once spread out instead of colliding again.
 */
public final class Backoff {

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;

    public Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** @param attempt 1 for the first retry */
    public Duration delay(int attempt) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() * (1L << Math.min(attempt, 20)));
        return Duration.ofMillis(random.nextLong(ceiling + 1));
    }
}
