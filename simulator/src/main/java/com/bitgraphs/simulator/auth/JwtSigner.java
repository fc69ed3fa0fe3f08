package com.bitgraphs.simulator.auth;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Signs the JWTs Bitbucket sends: lifecycle calls, webhooks and page loads, HS256 with a shared secret.
 */
public final class JwtSigner {
    private static final long LIFETIME_SECONDS = 180;
    private final Clock clock;

    public JwtSigner(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param issuer  the clientKey, as Bitbucket puts it in {@code iss}
     * @param subject the acting principal's uuid, or null
     */
    public String sign(String secret, String issuer, String subject, String qsh) {
        long now = clock.instant().getEpochSecond();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        if (subject != null) {
            claims.setSubject(subject);
        }
        claims.setIssuedAt(NumericDate.fromSeconds(now));
        claims.setExpirationTime(NumericDate.fromSeconds(now + LIFETIME_SECONDS));
        claims.setClaim("qsh", qsh);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setHeader("typ", "JWT");
        jws.setKey(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)));
        jws.setDoKeyValidation(false);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
