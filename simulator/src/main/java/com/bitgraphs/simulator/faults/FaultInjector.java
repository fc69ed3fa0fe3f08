package com.bitgraphs.simulator.faults;

import com.bitgraphs.simulator.http.ErrorBody;
import com.bitgraphs.simulator.http.Response;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Applies the current {@link FaultSettings} to one API request, in Bitbucket's order of things: the rate limit
 * first (a refused request costs nothing), then a hang, an error or a slow answer drawn from a seeded random source.
 */
public final class FaultInjector {
    private final AtomicReference<FaultSettings> settings;
    private final RollingHourLimit limit = new RollingHourLimit();
    private final Clock clock;
    private final Random random;

    public FaultInjector(FaultSettings initial, long seed, Clock clock) {
        this.settings = new AtomicReference<>(initial);
        this.random = new Random(seed);
        this.clock = clock;
    }

    public FaultSettings settings() {
        return settings.get();
    }

    public void update(FaultSettings changed) {
        settings.set(changed);
    }

    /** Forgets the requests counted against the rate limit. */
    public void resetLimit() {
        limit.reset();
    }

    /** An answer that replaces the real one, or empty to answer normally (perhaps after a delay). */
    public Optional<Response> apply(String workspace) throws InterruptedException {
        FaultSettings now = settings.get();
        Optional<Duration> wait = limit.admit(workspace, now.rateLimitPerHour(), clock.instant());
        if (wait.isPresent()) {
            Response tooMany = ErrorBody.of(429, "Rate limit for this resource has been exceeded");
            if (now.retryAfter()) {
                tooMany.header("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds() + 1)));
            }
            return Optional.of(tooMany);
        }
        double hang;
        double error;
        double slow;
        int status;
        synchronized (random) {
            hang = random.nextDouble();
            error = random.nextDouble();
            slow = random.nextDouble();
            status = now.errorStatuses().isEmpty() ? 500
                    : now.errorStatuses().get(random.nextInt(now.errorStatuses().size()));
        }
        if (hang < now.timeoutRate()) {
            Thread.sleep(now.timeoutMillis());
            return Optional.of(ErrorBody.of(504, "Gateway timeout"));
        }
        if (error < now.errorRate()) {
            return Optional.of(ErrorBody.of(status, "Something went wrong"));
        }
        if (slow < now.slowRate()) {
            Thread.sleep(now.slowMillis());
        }
        return Optional.empty();
    }
}
