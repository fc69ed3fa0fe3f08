package com.bitgraphs.connect.control;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static com.bitgraphs.connect.control.ConnectTokens.APP_BASE_URL;
import static com.bitgraphs.connect.control.ConnectTokens.REQUEST;
import static com.bitgraphs.connect.control.ConnectTokens.claims;
import static com.bitgraphs.connect.control.ConnectTokens.claimsWith;
import static com.bitgraphs.connect.control.ConnectTokens.hs256;
import static com.bitgraphs.connect.control.ConnectTokens.verifier;
import static com.bitgraphs.connect.control.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token is bound to its request by {@code qsh}: required, equal to the request's hash, and
 * {@code context-qsh} only where the policy allows it.
 */
class QshBindingTest {

    @Test
    void refusesATokenWithoutQsh() {
        // given
        JwtClaims claims = claims();
        claims.unsetClaim("qsh");
        String token = hs256(claims);

        // when / then
        assertRefused(() -> verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND_OR_CONTEXT), JwtRefusal.QSH_MISSING, token);
    }

    @Test
    void refusesATokenReplayedAgainstAnotherRequest() {
        // given: a genuine token for one repository's page, presented for another's
        String token = hs256(claims());
        CanonicalRequest other = CanonicalRequest.incoming("GET",
                URI.create("https://bitgraphs.example.com/bitgraphs/repo-graphs?repository=%7Bxyz%7D&workspace=team"), APP_BASE_URL);

        // when / then
        assertRefused(() -> verifier().verify(token, other, QshPolicy.REQUEST_BOUND_OR_CONTEXT), JwtRefusal.QSH_MISMATCH, token);
    }

    @Test
    void refusesATokenForAnotherMethod() {
        // given
        String token = hs256(claims());
        CanonicalRequest post = CanonicalRequest.incoming("POST", REQUEST.path(), "repository=%7Babc%7D&workspace=team",
                URI.create("https://bitgraphs.example.com"));

        // when / then
        assertRefused(() -> verifier().verify(token, post, QshPolicy.REQUEST_BOUND), JwtRefusal.QSH_MISMATCH, token);
    }

    @Test
    void refusesAContextTokenWhereTheRequestMustBeBound() {
        // given: a context token lifted from a page, presented to a webhook or lifecycle endpoint
        String token = hs256(claimsWith(Map.of("qsh", QueryStringHash.CONTEXT)));

        // when / then
        assertRefused(() -> verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND), JwtRefusal.CONTEXT_QSH_NOT_ALLOWED, token);
    }

    @Test
    void acceptsAContextTokenOnThePagesReadApi() {
        // given
        String token = hs256(claimsWith(Map.of("qsh", QueryStringHash.CONTEXT)));

        // when
        VerifiedConnectJwt verified = verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND_OR_CONTEXT);

        // then
        assertThat(verified.qshKind()).isEqualTo(QshKind.CONTEXT);
    }

    @Test
    void acceptsTheBoundTokenUnderEitherPolicy() {
        // given
        String token = hs256(claims());

        // when / then
        assertThat(verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND).qshKind()).isEqualTo(QshKind.REQUEST_BOUND);
        assertThat(verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND_OR_CONTEXT).qshKind()).isEqualTo(QshKind.REQUEST_BOUND);
    }

    @Test
    void ignoresTheJwtParameterItselfWhenBinding() {
        // given: a page load carries its own token in the query, which the hash cannot cover
        String token = hs256(claims());
        CanonicalRequest pageLoad = CanonicalRequest.incoming("GET",
                "/bitgraphs/repo-graphs", "workspace=team&jwt=" + token + "&repository=%7Babc%7D", APP_BASE_URL);

        // when
        VerifiedConnectJwt verified = verifier().verify(token, pageLoad, QshPolicy.REQUEST_BOUND);

        // then
        assertThat(verified.qshKind()).isEqualTo(QshKind.REQUEST_BOUND);
    }
}
