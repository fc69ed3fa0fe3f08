package com.bitgraphs.connect.control;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token minted by another implementation verifies here: recorded from {@code atlassian-jwt@2.0.3}
 * ({@code encodeSymmetric} with {@code createQueryStringHash} against a base URL with a context path).
 */
class AtlassianJwtTokenTest {

    private static final String TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9"
            + ".eyJpc3MiOiJjbGllbnQta2V5LTEiLCJzdWIiOiJ7dXNlci11dWlkfSIsImlhdCI6MTg5MzQ1NjAwMCwiZXhwIjoxODkzNDU2MTgwLCJxc2giOiI4ZjUxNzBhOTc2Njk5YzlmYWExMjYxZGUxOTY1ZDAzZjcyNTJkMzAxMWRmYTIxOTMyZGY3ZjQ2ZWRlYTY2MTc1IiwiYXVkIjpbImNsaWVudC1rZXktMSJdfQ"
            + ".hYMOLLZKOfpmUHCDPUnJNNddCbxE5ifTSS-Sw5aAnNg";

    @Test
    void verifiesATokenFromAtlassianJwt() {
        // given
        SharedSecret secret = SharedSecret.of("a-shared-secret-from-bitbucket-that-is-long-enough");
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1893456060), ZoneOffset.UTC);
        ConnectJwtVerifier verifier = new ConnectJwtVerifier(key -> key.equals("client-key-1") ? Optional.of(secret) : Optional.empty(),
                clock, Duration.ofSeconds(30));
        CanonicalRequest request = CanonicalRequest.incoming("GET",
                URI.create("https://app.example.com/bitgraphs/repo-graphs?repository=%7Babc%7D&workspace=team&jwt=x"),
                URI.create("https://app.example.com/bitgraphs"));

        // when
        VerifiedConnectJwt verified = verifier.verify(TOKEN, request, QshPolicy.REQUEST_BOUND);

        // then
        assertThat(QueryStringHash.of(request).value()).isEqualTo("8f5170a976699c9faa1261de1965d03f7252d3011dfa21932df7f46edea66175");
        assertThat(verified.clientKey()).isEqualTo("client-key-1");
        assertThat(verified.subject()).contains("{user-uuid}");
        assertThat(verified.audience()).containsExactly("client-key-1");
    }
}
