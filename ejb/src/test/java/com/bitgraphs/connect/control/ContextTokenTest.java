package com.bitgraphs.connect.control;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The context token a page gets from us opens the read API of its own tenant for its lifetime, and nothing
 * that needs a request-bound token: not the lifecycle, webhooks or page loads.
 */
class ContextTokenTest {

    private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");
    private static final String CLIENT_KEY = "client-key-1";
    private static final SharedSecret SECRET = SharedSecret.of("tenant-secret-0123456789abcdef-0123456789abcdef");
    private static final URI APP = URI.create("https://app.example/bitgraphs");
    private static final CanonicalRequest REPORT = CanonicalRequest.incoming("GET",
            URI.create("https://app.example/bitgraphs/api/v1/workspaces/ws/activity?groupBy=week"), APP);

    private final ContextTokenSigner signer = new ContextTokenSigner(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(15));

    @Test
    void opensTheReadApiForItsLifetime() {
        // given
        ContextTokenSigner.Signed signed = signer.sign(CLIENT_KEY, SECRET, Optional.of("{user-1}"));

        // when
        VerifiedConnectJwt verified = verifierAt(NOW.plus(Duration.ofMinutes(14)))
                .verify(signed.token(), REPORT, QshPolicy.REQUEST_BOUND_OR_CONTEXT);

        // then
        assertThat(verified.clientKey()).isEqualTo(CLIENT_KEY);
        assertThat(verified.subject()).contains("{user-1}");
        assertThat(verified.qshKind()).isEqualTo(QshKind.CONTEXT);
        assertThat(signed.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(signed.toString()).doesNotContain(signed.token());
    }

    @Test
    void isRefusedWhereARequestBoundTokenIsNeeded() {
        String token = signer.sign(CLIENT_KEY, SECRET, Optional.empty()).token();

        assertThatThrownBy(() -> verifierAt(NOW).verify(token, REPORT, QshPolicy.REQUEST_BOUND))
                .isInstanceOfSatisfying(JwtRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(JwtRefusal.CONTEXT_QSH_NOT_ALLOWED));
    }

    @Test
    void isRefusedOnceExpired() {
        String token = signer.sign(CLIENT_KEY, SECRET, Optional.empty()).token();

        assertThatThrownBy(() -> verifierAt(NOW.plus(Duration.ofMinutes(15))).verify(token, REPORT, QshPolicy.REQUEST_BOUND_OR_CONTEXT))
                .isInstanceOfSatisfying(JwtRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(JwtRefusal.EXPIRED));
    }

    @Test
    void refusesAnUnreasonableLifetime() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        assertThatThrownBy(() -> new ContextTokenSigner(clock, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContextTokenSigner(clock, Duration.ofHours(2))).isInstanceOf(IllegalArgumentException.class);
    }

    private static ConnectJwtVerifier verifierAt(Instant now) {
        return new ConnectJwtVerifier(iss -> iss.equals(CLIENT_KEY) ? Optional.of(SECRET) : Optional.empty(),
                Clock.fixed(now, ZoneOffset.UTC), Duration.ZERO);
    }
}
