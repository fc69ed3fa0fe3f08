package com.bitgraphs.connect.control;

import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static com.bitgraphs.connect.control.ConnectTokens.REQUEST;
import static com.bitgraphs.connect.control.ConnectTokens.SECRET_TEXT;
import static com.bitgraphs.connect.control.ConnectTokens.claims;
import static com.bitgraphs.connect.control.ConnectTokens.claimsWith;
import static com.bitgraphs.connect.control.ConnectTokens.hs256;
import static com.bitgraphs.connect.control.ConnectTokens.sign;
import static com.bitgraphs.connect.control.ConnectTokens.verifier;
import static com.bitgraphs.connect.control.Refusals.assertRefused;

/** Tokens that were not signed by the tenant with its secret, by HS256, are refused before any claim is believed. */
class ForgedTokenRefusalTest {

    @Test
    void refusesAlgNone() {
        // given: an unsigned token, the oldest trick against JWT libraries
        String token = sign(claims(), AlgorithmIdentifiers.NONE, null);

        // when / then
        assertRefused(() -> verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND), JwtRefusal.ALGORITHM_NOT_ALLOWED, token);
    }

    @ParameterizedTest
    @ValueSource(strings = {AlgorithmIdentifiers.HMAC_SHA384, AlgorithmIdentifiers.HMAC_SHA512})
    void refusesOtherHmacAlgorithmsEvenWithTheRightSecret(String algorithm) {
        // given
        String token = sign(claims(), algorithm, new HmacKey(SECRET_TEXT.getBytes(StandardCharsets.UTF_8)));

        // when / then
        assertRefused(() -> verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND), JwtRefusal.ALGORITHM_NOT_ALLOWED, token);
    }

    @Test
    void refusesRs256() throws Exception {
        // given: Bitbucket never signs asymmetrically; accepting it would let any key pair in
        RsaJsonWebKey rsa = RsaJwkGenerator.generateJwk(2048);
        String token = sign(claims(), AlgorithmIdentifiers.RSA_USING_SHA256, rsa.getPrivateKey());

        // when / then
        assertRefused(() -> verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND), JwtRefusal.ALGORITHM_NOT_ALLOWED, token);
    }

    @Test
    void refusesAnUnknownIssuer() {
        // given
        String token = hs256(claimsWith(Map.of("iss", "someone-else")));

        // when / then
        assertRefused(() -> verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND), JwtRefusal.UNKNOWN_ISSUER, token);
    }

    @Test
    void refusesATokenWithoutIssuer() {
        // given
        JwtClaims claims = claims();
        claims.unsetClaim("iss");
        String token = hs256(claims);

        // when / then
        assertRefused(() -> verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND), JwtRefusal.UNKNOWN_ISSUER, token);
    }

    @Test
    void refusesATokenSignedWithAnotherSecret() {
        // given
        String token = hs256(claims(), "a-guessed-secret-of-sufficient-length-0123456789");

        // when / then
        assertRefused(() -> verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND), JwtRefusal.SIGNATURE_INVALID, token);
    }

    @Test
    void refusesATamperedPayload() {
        // given: a genuine token whose payload now names another user, the signature left as it was
        String genuine = hs256(claims());
        String[] parts = genuine.split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claimsWith(Map.of("sub", "{admin}")).toJson().getBytes(StandardCharsets.UTF_8));
        String token = parts[0] + "." + forgedPayload + "." + parts[2];

        // when / then
        assertRefused(() -> verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND), JwtRefusal.SIGNATURE_INVALID, token);
    }

    @Test
    void refusesATokenWithoutSignature() {
        // given
        String genuine = hs256(claims());
        String token = genuine.substring(0, genuine.lastIndexOf('.') + 1);

        // when / then
        assertRefused(() -> verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND), JwtRefusal.SIGNATURE_INVALID, token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-token", "a.b", "eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln", "....."})
    void refusesGarbage(String token) {
        assertRefused(() -> verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND), JwtRefusal.TOKEN_MALFORMED, token);
    }

    @Test
    void refusesNoTokenAtAll() {
        assertRefused(() -> verifier().verify(null, REQUEST, QshPolicy.REQUEST_BOUND), JwtRefusal.TOKEN_MISSING, null);
        assertRefused(() -> verifier().verify(" ", REQUEST, QshPolicy.REQUEST_BOUND), JwtRefusal.TOKEN_MISSING, null);
    }
}
