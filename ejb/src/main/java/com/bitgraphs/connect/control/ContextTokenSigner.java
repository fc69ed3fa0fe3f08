package com.bitgraphs.connect.control;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Signs the context token a page gets when Bitbucket's {@code all.js} is not there to hand one out: HS256
 * with the tenant's shared secret, {@code iss} the tenant's clientKey (the verifier finds the secret by it),
 * {@code sub} the user the page JWT named, {@code qsh = context-qsh}, so the read API accepts it and the
 * lifecycle, webhooks and page loads refuse it. Short-lived: a page that outlives it is reloaded.
 */
public final class ContextTokenSigner {

    private final Clock clock;
    private final Duration lifetime;

    /** @throws IllegalArgumentException for a lifetime that is not positive or longer than an hour */
    public ContextTokenSigner(Clock clock, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("A context token lives more than 0 seconds and at most an hour");
        }
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A token for the read API of the tenant whose clientKey and secret are given, on behalf of {@code subject}. */
    public Signed sign(String clientKey, SharedSecret secret, Optional<String> subject) {
        Instant issuedAt = Instant.ofEpochSecond(clock.instant().getEpochSecond());
        Instant expiresAt = issuedAt.plus(lifetime);
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(clientKey);
        subject.ifPresent(claims::setSubject);
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.setStringClaim("qsh", QueryStringHash.CONTEXT);

        JsonWebSignature signature = new JsonWebSignature();
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        signature.setHeader("typ", "JWT");
        signature.setPayload(claims.toJson());
        signature.setKey(new HmacKey(secret.keyBytes()));
        // Bitbucket chose the secret; it is the key whatever its length
        signature.setDoKeyValidation(false);
        try {
            return new Signed(signature.getCompactSerialization(), expiresAt);
        } catch (JoseException e) {
            throw new IllegalStateException("HS256 signing failed", e);
        }
    }

    /** The compact token and when it stops being accepted. */
    public record Signed(String token, Instant expiresAt) {

        /** Never the token: it would end up in a log. */
        @Override
        public String toString() {
            return "context token until " + expiresAt;
        }
    }
}
