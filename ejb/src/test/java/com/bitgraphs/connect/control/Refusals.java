package com.bitgraphs.connect.control;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Test assertion: a token was refused for the expected reason, and the refusal leaks neither token nor secret. */
final class Refusals {

    private Refusals() {
    }

    static void assertRefused(ThrowingCallable verification, JwtRefusal expected, String token) {
        JwtRefusedException refused = catchThrowableOfType(JwtRefusedException.class, verification);

        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.refusal()).isEqualTo(expected);
        assertThat(refused.getMessage()).isEqualTo(expected.reason());
        assertThat(refused.getCause()).isNull();
        String everything = refused.toString();
        assertThat(everything).doesNotContain(ConnectTokens.SECRET_TEXT);
        if (token != null && !token.isBlank()) {
            assertThat(everything).doesNotContain(token);
            for (String part : token.split("\\.")) {
                // Not even a part of it: the signature alone would let an attacker check guesses offline
                if (part.length() > 8) {
                    assertThat(everything).doesNotContain(part);
                }
            }
        }
    }
}
