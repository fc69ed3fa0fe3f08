package com.bitgraphs.connect.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.bitgraphs.connect.control.ConnectTokens.CLOCK;
import static com.bitgraphs.connect.control.ConnectTokens.TENANTS;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The clock-skew leeway is configurable, but never above 30 seconds nor below zero. */
class VerifierLeewayLimitTest {

    @Test
    void acceptsZeroToThirtySeconds() {
        assertThatCode(() -> new ConnectJwtVerifier(TENANTS, CLOCK, Duration.ZERO)).doesNotThrowAnyException();
        assertThatCode(() -> new ConnectJwtVerifier(TENANTS, CLOCK, Duration.ofSeconds(30))).doesNotThrowAnyException();
    }

    @Test
    void refusesMoreThanThirtySeconds() {
        assertThatThrownBy(() -> new ConnectJwtVerifier(TENANTS, CLOCK, Duration.ofSeconds(30).plusMillis(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConnectJwtVerifier(TENANTS, CLOCK, Duration.ofMinutes(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesANegativeLeeway() {
        assertThatThrownBy(() -> new ConnectJwtVerifier(TENANTS, CLOCK, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
