package com.bitgraphs.bitbucket.control;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs one logical call against Bitbucket within the tenant's budget. 429: waits as {@code Retry-After}
 * says, else backs off, and tries again for as long as it takes (a rate limit slows work, never fails it).
 * 5xx and timeouts: a bounded number of retries. 401/403, 404 and anything else end the call.
 */
public final class BitbucketCalls {

    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(10);

    private final RequestBudget budget;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final int maxFailureRetries;
    private final CallStatistics statistics;
    private final Consumer<BitbucketException> onAccessRefused;

    public BitbucketCalls(RequestBudget budget, Backoff backoff, Sleeper sleeper, int maxFailureRetries, CallStatistics statistics) {
        this(budget, backoff, sleeper, maxFailureRetries, statistics, refused -> { });
    }

    /** @param onAccessRefused told of every 401/403, to mark the tenant's connection broken */
    public BitbucketCalls(RequestBudget budget, Backoff backoff, Sleeper sleeper, int maxFailureRetries, CallStatistics statistics,
                          Consumer<BitbucketException> onAccessRefused) {
        this.budget = budget;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.maxFailureRetries = maxFailureRetries;
        this.statistics = statistics;
        this.onAccessRefused = onAccessRefused;
    }

    public <T> T call(Supplier<T> request) {
        int rateLimited = 0;
        int failures = 0;
        try {
            while (true) {
                statistics.rateLimitedFor(budget.acquire());
                statistics.requestSent();
                try {
                    return request.get();
                } catch (WebApplicationException e) {
                    Response response = e.getResponse();
                    int status = response.getStatus();
                    if (status == 429) {
                        rateLimited++;
                        Duration wait = retryAfter(response).orElse(backoff.delay(rateLimited));
                        statistics.rateLimitedFor(wait);
                        waitAndRetry(wait);
                    } else if (status >= 500 && failures < maxFailureRetries) {
                        failures++;
                        waitAndRetry(backoff.delay(failures));
                    } else {
                        BitbucketException failure = failure(status);
                        if (failure.kind() == BitbucketException.Kind.ACCESS_REFUSED) {
                            onAccessRefused.accept(failure);
                        }
                        throw failure;
                    }
                } catch (ProcessingException e) {
                    if (e.getCause() instanceof BitbucketException refused) {
                        // Raised before sending, e.g. an OAuth consumer Bitbucket no longer accepts
                        if (refused.kind() == BitbucketException.Kind.ACCESS_REFUSED) {
                            onAccessRefused.accept(refused);
                        }
                        throw refused;
                    }
                    if (failures >= maxFailureRetries) {
                        throw new BitbucketException(BitbucketException.Kind.UNAVAILABLE, 0,
                                "Bitbucket did not answer: " + e.getClass().getSimpleName());
                    }
                    failures++;
                    waitAndRetry(backoff.delay(failures));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BitbucketException(BitbucketException.Kind.UNAVAILABLE, 0, "interrupted while waiting to retry");
        }
    }

    private void waitAndRetry(Duration wait) throws InterruptedException {
        statistics.retried();
        sleeper.sleep(wait);
    }

    private static BitbucketException failure(int status) {
        return switch (status) {
            case 401, 403 -> new BitbucketException(BitbucketException.Kind.ACCESS_REFUSED, status,
                    "Bitbucket refused the app's credentials (" + status + ")");
            case 404 -> new BitbucketException(BitbucketException.Kind.NOT_FOUND, status, "not found on Bitbucket");
            default -> status >= 500
                    ? new BitbucketException(BitbucketException.Kind.UNAVAILABLE, status, "Bitbucket failed with " + status)
                    : new BitbucketException(BitbucketException.Kind.UNEXPECTED, status, "Bitbucket answered " + status);
        };
    }

    /** Seconds, as Bitbucket sends it; an HTTP date is accepted too. Capped, so a wild value cannot stall a job. */
    static Optional<Duration> retryAfter(Response response) {
        String value = response.getHeaderString("Retry-After");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            Duration wait = Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
            return Optional.of(wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait);
        } catch (NumberFormatException e) {
            try {
                var date = java.time.ZonedDateTime.parse(value.strip(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(java.time.Instant.now(), date.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait);
            } catch (DateTimeParseException unparseable) {
                return Optional.empty();
            }
        }
    }
}
