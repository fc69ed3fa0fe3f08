package com.bitgraphs.connect.control;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * Test fixture: a tenant, a request to the app and a clock, and tokens minted the way Bitbucket (or an
 * attacker) would mint them.
 */
final class ConnectTokens {

    static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Duration LEEWAY = Duration.ofSeconds(30);
    static final URI APP_BASE_URL = URI.create("https://bitgraphs.example.com/bitgraphs");
    static final String CLIENT_KEY = "ari:cloud:bitbucket::app/{d5b5c1f2}/bitgraphs";
    static final String SECRET_TEXT = "s3cr3t-shared-by-bitbucket-at-install-0123456789abcdef";
    static final SharedSecret SECRET = SharedSecret.of(SECRET_TEXT);
    static final CanonicalRequest REQUEST = CanonicalRequest.incoming("GET",
            URI.create("https://bitgraphs.example.com/bitgraphs/repo-graphs?repository=%7Babc%7D&workspace=team"), APP_BASE_URL);
    static final SharedSecrets TENANTS = clientKey -> CLIENT_KEY.equals(clientKey) ? Optional.of(SECRET) : Optional.empty();

    private ConnectTokens() {
    }

    static ConnectJwtVerifier verifier() {
        return new ConnectJwtVerifier(TENANTS, CLOCK, LEEWAY);
    }

    static ConnectJwtVerifier verifierAt(Instant now) {
        return new ConnectJwtVerifier(TENANTS, Clock.fixed(now, ZoneOffset.UTC), LEEWAY);
    }

    /** Claims of a good token for {@link #REQUEST}, issued now, valid three minutes. */
    static JwtClaims claims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(CLIENT_KEY);
        claims.setSubject("{7a1b6f55-user}");
        claims.setIssuedAt(NumericDate.fromSeconds(NOW.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(NOW.getEpochSecond() + 180));
        claims.setStringClaim("qsh", QueryStringHash.of(REQUEST).value());
        return claims;
    }

    static JwtClaims claimsWith(Map<String, Object> changes) {
        JwtClaims claims = claims();
        changes.forEach((name, value) -> {
            if (value == null) {
                claims.unsetClaim(name);
            } else {
                claims.setClaim(name, value);
            }
        });
        return claims;
    }

    static String hs256(JwtClaims claims) {
        return hs256(claims, SECRET_TEXT);
    }

    static String hs256(JwtClaims claims, String secret) {
        return sign(claims, AlgorithmIdentifiers.HMAC_SHA256, new HmacKey(secret.getBytes(StandardCharsets.UTF_8)));
    }

    static String sign(JwtClaims claims, String algorithm, Key key) {
        JsonWebSignature signature = new JsonWebSignature();
        signature.setAlgorithmHeaderValue(algorithm);
        signature.setHeader("typ", "JWT");
        signature.setPayload(claims.toJson());
        signature.setKey(key);
        signature.setDoKeyValidation(false);
        // Lets the fixture mint what the verifier must refuse, "none" included
        signature.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
