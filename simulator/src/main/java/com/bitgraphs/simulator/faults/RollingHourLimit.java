package com.bitgraphs.simulator.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bitbucket's rolling-hour rate limit per workspace: a request is admitted when fewer than the limit were admitted
 * in the past hour; otherwise the wait until the oldest of them leaves the window is returned.
 */
public final class RollingHourLimit {
    private static final Duration WINDOW = Duration.ofHours(1);
    private final Map<String, Deque<Instant>> admitted = new ConcurrentHashMap<>();

    /** Empty when admitted, else how long until a request would be. */
    public Optional<Duration> admit(String workspace, int limit, Instant now) {
        if (limit <= 0) {
            return Optional.empty();
        }
        Deque<Instant> times = admitted.computeIfAbsent(workspace, w -> new ArrayDeque<>());
        synchronized (times) {
            Instant cutoff = now.minus(WINDOW);
            while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return Optional.of(Duration.between(cutoff, times.peekFirst()));
            }
            times.addLast(now);
            return Optional.empty();
        }
    }

    public void reset() {
        admitted.clear();
    }
}
