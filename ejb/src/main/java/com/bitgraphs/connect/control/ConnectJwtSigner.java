package com.bitgraphs.connect.control;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

import java.time.Clock;
import java.time.Duration;

/**
 * Signs the app's calls to a tenant's Bitbucket: HS256 with the tenant's shared secret, {@code iss} the
 * app key, {@code sub} the tenant's clientKey, valid for three minutes, bound to the one request by its
 * {@code qsh} (built with {@link CanonicalRequest#outgoing}, which refuses targets off the tenant's
 * {@code baseApiUrl}).
 */
public final class ConnectJwtSigner {

    /** Long enough for a slow call and a retry, short enough that a leaked header is soon worthless. */
    public static final Duration LIFETIME = Duration.ofSeconds(180);

    private final String appKey;
    private final Clock clock;

    /** @param appKey the {@code key} of the app's Connect descriptor */
    public ConnectJwtSigner(String appKey, Clock clock) {
        if (appKey == null || appKey.isBlank()) {
            throw new IllegalArgumentException("The app key is needed to sign");
        }
        this.appKey = appKey;
        this.clock = clock;
    }

    /** The compact token for one request. */
    public String sign(String clientKey, SharedSecret secret, CanonicalRequest request) {
        long issuedAt = clock.instant().getEpochSecond();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(appKey);
        claims.setSubject(clientKey);
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt));
        claims.setExpirationTime(NumericDate.fromSeconds(issuedAt + LIFETIME.toSeconds()));
        claims.setStringClaim("qsh", QueryStringHash.of(request).value());

        JsonWebSignature signature = new JsonWebSignature();
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        signature.setHeader("typ", "JWT");
        signature.setPayload(claims.toJson());
        signature.setKey(new HmacKey(secret.keyBytes()));
        // The tenant's Bitbucket chose the secret; it is the key whatever its length
        signature.setDoKeyValidation(false);
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("HS256 signing failed", e);
        }
    }

    /** The value of the {@code Authorization} header: {@code JWT <token>}. */
    public String authorizationHeader(String clientKey, SharedSecret secret, CanonicalRequest request) {
        return "JWT " + sign(clientKey, secret, request);
    }
}
