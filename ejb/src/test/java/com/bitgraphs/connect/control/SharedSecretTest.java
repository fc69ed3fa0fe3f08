package com.bitgraphs.connect.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A shared secret never prints itself. */
class SharedSecretTest {

    @Test
    void hidesItsValueInToString() {
        // given
        SharedSecret secret = SharedSecret.of("do-not-log-me");

        // when
        String printed = secret + " " + List.of(secret);

        // then
        assertThat(printed).doesNotContain("do-not-log-me");
        assertThat(secret.reveal()).isEqualTo("do-not-log-me");
    }

    @Test
    void refusesAnEmptySecret() {
        assertThatThrownBy(() -> SharedSecret.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SharedSecret.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
