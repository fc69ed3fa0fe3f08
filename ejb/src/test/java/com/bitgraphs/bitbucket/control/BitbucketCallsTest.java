package com.bitgraphs.bitbucket.control;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How one call meets Bitbucket's answers: rate limits are waited out however long they last, failures are
 * retried a bounded number of times, and refusals end the call with what the caller must do.
 */
class BitbucketCallsTest {

    private final List<Duration> waits = new ArrayList<>();
    private final CallStatistics statistics = new CallStatistics();
    private final BitbucketCalls calls = new BitbucketCalls(
            new RequestBudget(1_000_000, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), waits::add),
            new Backoff(Duration.ofMillis(100), Duration.ofSeconds(10), new Random(7)), waits::add, 3, statistics);

    @Test
    void rateLimitWaitsAsRetryAfterSaysThenSucceeds() {
        String answer = calls.call(answers(status(429, "7"), status(429, "2"), ok("page")));

        assertThat(answer).isEqualTo("page");
        assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(2));
        assertThat(statistics.rateLimited()).isEqualTo(Duration.ofSeconds(9));
        assertThat(statistics.requests()).isEqualTo(3);
    }

    @Test
    void rateLimitWithoutRetryAfterBacksOffWithinTheCap() {
        List<Supplier<String>> storm = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            storm.add(status(429, null));
        }
        storm.add(ok("finally"));

        assertThat(calls.call(answers(storm.toArray(Supplier[]::new)))).isEqualTo("finally");
        assertThat(waits).hasSize(40).allSatisfy(wait -> assertThat(wait).isBetween(Duration.ZERO, Duration.ofSeconds(10)));
    }

    @Test
    void serverErrorsAreRetriedABoundedNumberOfTimes() {
        assertThat(calls.call(answers(status(503, null), status(500, null), ok("third time")))).isEqualTo("third time");

        BitbucketCalls patient = calls;
        assertThatThrownBy(() -> patient.call(answers(status(502, null), status(502, null), status(502, null), status(502, null))))
                .isInstanceOfSatisfying(BitbucketException.class, e -> {
                    assertThat(e.kind()).isEqualTo(BitbucketException.Kind.UNAVAILABLE);
                    assertThat(e.status()).isEqualTo(502);
                });
    }

    @Test
    void timeoutsAreRetriedLikeServerErrors() {
        Supplier<String> timeout = () -> {
            throw new ProcessingException("read timed out");
        };

        assertThat(calls.call(answers(timeout, ok("answered")))).isEqualTo("answered");
    }

    @Test
    void refusedCredentialsEndTheCallAtOnce() {
        assertThatThrownBy(() -> calls.call(answers(status(401, null), ok("never"))))
                .isInstanceOfSatisfying(BitbucketException.class,
                        e -> assertThat(e.kind()).isEqualTo(BitbucketException.Kind.ACCESS_REFUSED));
        assertThatThrownBy(() -> calls.call(answers(status(403, null))))
                .isInstanceOfSatisfying(BitbucketException.class,
                        e -> assertThat(e.kind()).isEqualTo(BitbucketException.Kind.ACCESS_REFUSED));
        assertThat(waits).isEmpty();
    }

    @Test
    void refusedCredentialsAreReportedSoTheTenantIsMarkedBroken() {
        List<BitbucketException> reported = new ArrayList<>();
        BitbucketCalls reporting = new BitbucketCalls(new RequestBudget(10, Clock.systemUTC(), waits::add),
                new Backoff(Duration.ofMillis(1), Duration.ofMillis(2), new Random(1)), waits::add, 3, statistics, reported::add);

        assertThatThrownBy(() -> reporting.call(answers(status(403, null)))).isInstanceOf(BitbucketException.class);
        assertThatThrownBy(() -> reporting.call(answers(status(404, null)))).isInstanceOf(BitbucketException.class);

        assertThat(reported).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void notFoundMeansGone() {
        assertThatThrownBy(() -> calls.call(answers(status(404, null))))
                .isInstanceOfSatisfying(BitbucketException.class,
                        e -> assertThat(e.kind()).isEqualTo(BitbucketException.Kind.NOT_FOUND));
    }

    @SafeVarargs
    private static Supplier<String> answers(Supplier<String>... answers) {
        Deque<Supplier<String>> queue = new ArrayDeque<>(List.of(answers));
        return () -> queue.removeFirst().get();
    }

    private static Supplier<String> ok(String value) {
        return () -> value;
    }

    private static Supplier<String> status(int status, String retryAfter) {
        return () -> {
            Response.ResponseBuilder response = Response.status(status);
            if (retryAfter != null) {
                response.header("Retry-After", retryAfter);
            }
            throw new WebApplicationException(response.build());
        };
    }
}
