package com.bitgraphs.bitbucket.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A tenant's requests in a rolling hour, kept under Bitbucket's limit so that 429s stay the exception:
 * a call beyond the budget waits until the oldest call of the hour leaves the window.
 */
public final class RequestBudget {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final int perHour;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Deque<Instant> sent = new ArrayDeque<>();

    public RequestBudget(int perHour, Clock clock, Sleeper sleeper) {
        if (perHour < 1) {
            throw new IllegalArgumentException("A budget needs at least one request an hour");
        }
        this.perHour = perHour;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Takes one request from the budget, waiting if the hour is used up; answers how long it waited. */
    public synchronized Duration acquire() throws InterruptedException {
        Duration waited = Duration.ZERO;
        while (true) {
            Instant now = clock.instant();
            while (!sent.isEmpty() && !sent.peekFirst().isAfter(now.minus(WINDOW))) {
                sent.removeFirst();
            }
            if (sent.size() < perHour) {
                sent.addLast(now);
                return waited;
            }
            Duration wait = Duration.between(now, sent.peekFirst().plus(WINDOW)).plusMillis(1);
            sleeper.sleep(wait);
            waited = waited.plus(wait);
        }
    }

    public int perHour() {
        return perHour;
    }
}
