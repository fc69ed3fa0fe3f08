package com.bitgraphs.connect.control;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.bitgraphs.connect.control.ConnectTokens.CLIENT_KEY;
import static com.bitgraphs.connect.control.ConnectTokens.NOW;
import static com.bitgraphs.connect.control.ConnectTokens.REQUEST;
import static com.bitgraphs.connect.control.ConnectTokens.claims;
import static com.bitgraphs.connect.control.ConnectTokens.claimsWith;
import static com.bitgraphs.connect.control.ConnectTokens.hs256;
import static com.bitgraphs.connect.control.ConnectTokens.verifier;
import static org.assertj.core.api.Assertions.assertThat;

/** A verified token hands over what it proves: tenant, user, lifetime, binding, and the optional claims. */
class VerifiedClaimsTest {

    @Test
    void reportsIssuerSubjectLifetimeAndBinding() {
        // given
        String token = hs256(claims());

        // when
        VerifiedConnectJwt verified = verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND);

        // then
        assertThat(verified.clientKey()).isEqualTo(CLIENT_KEY);
        assertThat(verified.subject()).contains("{7a1b6f55-user}");
        assertThat(verified.issuedAt()).isEqualTo(NOW);
        assertThat(verified.expiresAt()).isEqualTo(NOW.plusSeconds(180));
        assertThat(verified.qshKind()).isEqualTo(QshKind.REQUEST_BOUND);
        assertThat(verified.audience()).isEmpty();
        assertThat(verified.context()).isEmpty();
    }

    @Test
    void toleratesAudienceAndPassesOnContext() {
        // given: Bitbucket tokens may carry aud, page loads a context
        String token = hs256(claimsWith(Map.of(
                "aud", List.of(CLIENT_KEY),
                "context", Map.of("user", Map.of("accountId", "557058:abc")))));

        // when
        VerifiedConnectJwt verified = verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND);

        // then
        assertThat(verified.audience()).containsExactly(CLIENT_KEY);
        assertThat(verified.context()).containsKey("user");
    }

    @Test
    void hasNoSubjectWhenTheTokenNamesNone() {
        // given
        JwtClaims claims = claims();
        claims.unsetClaim("sub");
        String token = hs256(claims);

        // when
        VerifiedConnectJwt verified = verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND);

        // then
        assertThat(verified.subject()).isEmpty();
    }
}
