package com.bitgraphs.bitbucket.control;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** A tenant never sends more than its budget in any rolling hour; a call past it waits for the window. */
class RequestBudgetTest {

    /** A clock the sleeper moves, so waiting takes no real time. */
    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void callsBeyondTheBudgetWaitUntilTheOldestLeavesTheHour() throws Exception {
        MovingClock clock = new MovingClock();
        RequestBudget budget = new RequestBudget(3, clock, wait -> clock.now = clock.now.plus(wait));

        assertThat(budget.acquire()).isZero();
        clock.now = clock.now.plusSeconds(600);
        assertThat(budget.acquire()).isZero();
        assertThat(budget.acquire()).isZero();

        Duration waited = budget.acquire();

        assertThat(waited).isBetween(Duration.ofMinutes(50), Duration.ofMinutes(50).plusMillis(1));
        assertThat(clock.now).isAfterOrEqualTo(Instant.parse("2026-01-01T01:00:00Z"));
    }
}
