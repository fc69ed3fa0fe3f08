package com.bitgraphs.connect.control;

import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwx.JsonWebStructure;
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
 * The app's calls to Bitbucket carry {@code JWT <token>}: HS256 with the tenant's secret, {@code iss} the
 * app key, {@code sub} the clientKey, three minutes of life, {@code qsh} relative to {@code baseApiUrl}.
 */
class SignedOutgoingCallTest {

    private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String APP_KEY = "com.bitgraphs.app";
    private static final String CLIENT_KEY = "client-key-1";
    private static final SharedSecret SECRET = SharedSecret.of("tenant-secret-0123456789abcdef-0123456789abcdef");
    private static final URI BASE_API_URL = URI.create("https://api.bitbucket.org");
    private static final CanonicalRequest CALL = CanonicalRequest.outgoing("get",
            URI.create("https://api.bitbucket.org/2.0/repositories/team/app/commits?pagelen=100&include=abc"), BASE_API_URL);

    private final ConnectJwtSigner signer = new ConnectJwtSigner(APP_KEY, CLOCK);

    @Test
    void carriesTheClaimsBitbucketExpects() throws Exception {
        // when
        String header = signer.authorizationHeader(CLIENT_KEY, SECRET, CALL);

        // then
        assertThat(header).startsWith("JWT ");
        JsonWebSignature jws = (JsonWebSignature) JsonWebStructure.fromCompactSerialization(header.substring(4));
        JwtClaims claims = JwtClaims.parse(jws.getUnverifiedPayload());
        assertThat(jws.getAlgorithmHeaderValue()).isEqualTo("HS256");
        assertThat(claims.getIssuer()).isEqualTo(APP_KEY);
        assertThat(claims.getSubject()).isEqualTo(CLIENT_KEY);
        assertThat(claims.getIssuedAt().getValue()).isEqualTo(NOW.getEpochSecond());
        assertThat(claims.getExpirationTime().getValue()).isEqualTo(NOW.getEpochSecond() + 180);
        assertThat(claims.getStringClaimValue("qsh")).isEqualTo(QueryStringHash.of(CALL).value());
        assertThat(CALL.canonical()).isEqualTo("GET&/2.0/repositories/team/app/commits&include=abc&pagelen=100");
    }

    @Test
    void verifiesWithTheTenantsSecret() {
        // given: what Bitbucket does on receipt, with our own verifier standing in
        String token = signer.sign(CLIENT_KEY, SECRET, CALL);
        ConnectJwtVerifier bitbucket = new ConnectJwtVerifier(iss -> iss.equals(APP_KEY) ? Optional.of(SECRET) : Optional.empty(),
                Clock.fixed(NOW.plusSeconds(179), ZoneOffset.UTC), Duration.ZERO);

        // when
        VerifiedConnectJwt verified = bitbucket.verify(token, CALL, QshPolicy.REQUEST_BOUND);

        // then
        assertThat(verified.clientKey()).isEqualTo(APP_KEY);
        assertThat(verified.subject()).contains(CLIENT_KEY);
        assertThat(verified.qshKind()).isEqualTo(QshKind.REQUEST_BOUND);
    }

    @Test
    void takesThePathRelativeToABaseApiUrlWithAPath() {
        // given: the simulator serves its API under a context path
        URI base = URI.create("http://localhost:8180/simulator/api");

        // when
        CanonicalRequest call = CanonicalRequest.outgoing("GET", URI.create("http://localhost:8180/simulator/api/2.0/user"), base);

        // then
        assertThat(call.canonical()).isEqualTo("GET&/2.0/user&");
    }

    @Test
    void refusesToSignForAnotherOrigin() {
        // then: the tenant's token must never reach a host the tenant did not name
        assertThatThrownBy(() -> CanonicalRequest.outgoing("GET", URI.create("https://evil.example.com/2.0/user"), BASE_API_URL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalRequest.outgoing("GET", URI.create("http://api.bitbucket.org/2.0/user"), BASE_API_URL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalRequest.outgoing("GET", URI.create("https://api.bitbucket.org:8443/2.0/user"), BASE_API_URL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalRequest.outgoing("GET", URI.create("/2.0/user"), BASE_API_URL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalRequest.outgoing("GET", URI.create("http://localhost:8180/other/2.0/user"),
                URI.create("http://localhost:8180/simulator/api")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsTheDefaultPortSpelledOut() {
        assertThat(CanonicalRequest.outgoing("GET", URI.create("https://api.bitbucket.org:443/2.0/user"), BASE_API_URL).path())
                .isEqualTo("/2.0/user");
    }
}
