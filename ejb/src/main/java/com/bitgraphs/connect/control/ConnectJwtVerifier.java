package com.bitgraphs.connect.control;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether an incoming Connect JWT is genuine and meant for this request. In this order: one JWS
 * signed with HS256 and nothing else ({@code none}, HS384/512 and RS256 refused before any key is
 * touched); the unverified {@code iss} names a tenant whose secret we hold; the signature verifies with
 * that secret; {@code exp} and {@code iat} are present and current within the leeway; {@code qsh} is
 * present and matches the request (or is a context token where the policy allows one). Every refusal is a
 * {@link JwtRefusedException} with a general reason and nothing of the token or the secret.
 */
public final class ConnectJwtVerifier {

    /** Clocks drift; more than this would stretch a stolen token's life for no good reason. */
    public static final Duration MAX_LEEWAY = Duration.ofSeconds(30);

    private static final String QSH_CLAIM = "qsh";
    private static final String CONTEXT_CLAIM = "context";

    private final SharedSecrets secrets;
    private final Clock clock;
    private final Duration leeway;

    /**
     * @param secrets finds an installed tenant's secret by clientKey
     * @param leeway  clock skew tolerated on {@code exp}, {@code iat} and {@code nbf}; 0 to 30 seconds
     * @throws IllegalArgumentException for a negative leeway or one above {@link #MAX_LEEWAY}
     */
    public ConnectJwtVerifier(SharedSecrets secrets, Clock clock, Duration leeway) {
        if (leeway.isNegative() || leeway.compareTo(MAX_LEEWAY) > 0) {
            throw new IllegalArgumentException("The leeway must be between 0 and " + MAX_LEEWAY.toSeconds() + " seconds");
        }
        this.secrets = secrets;
        this.clock = clock;
        this.leeway = leeway;
    }

    /**
     * Verifies a token from any installed tenant: webhooks, page loads, the pages' API calls.
     *
     * @throws JwtRefusedException when the token is not accepted
     */
    public VerifiedConnectJwt verify(String token, CanonicalRequest request, QshPolicy policy) {
        UnverifiedJwt unverified = UnverifiedJwt.parse(token);
        SharedSecret secret = secrets.of(unverified.issuer()).orElseThrow(() -> new JwtRefusedException(JwtRefusal.UNKNOWN_ISSUER));
        return verifyWith(unverified, secret, request, policy);
    }

    /**
     * Verifies a lifecycle callback against the secret the caller chose: the current secret of a known
     * tenant for {@code installed} and {@code uninstalled}, the previous one for the first install after an
     * uninstall. The issuer must be the clientKey of the callback's body, and the token must be bound to the
     * request (a context token never drives the lifecycle).
     *
     * @param clientKey the {@code clientKey} of the callback's body
     * @throws JwtRefusedException when the token is not accepted
     */
    public VerifiedConnectJwt verifyIssuedBy(String clientKey, SharedSecret secret, String token, CanonicalRequest request) {
        UnverifiedJwt unverified = UnverifiedJwt.parse(token);
        if (!unverified.issuer().equals(clientKey)) {
            throw new JwtRefusedException(JwtRefusal.ISSUER_MISMATCH);
        }
        return verifyWith(unverified, secret, request, QshPolicy.REQUEST_BOUND);
    }

    private VerifiedConnectJwt verifyWith(UnverifiedJwt unverified, SharedSecret secret, CanonicalRequest request, QshPolicy policy) {
        verifySignature(unverified.signature(), secret);
        JwtClaims claims = unverified.claims();
        Instant now = clock.instant();
        Instant expiresAt = instant(claims, "exp").orElseThrow(() -> new JwtRefusedException(JwtRefusal.EXPIRY_MISSING));
        Instant issuedAt = instant(claims, "iat").orElseThrow(() -> new JwtRefusedException(JwtRefusal.ISSUED_AT_MISSING));
        if (!now.isBefore(expiresAt.plus(leeway))) {
            throw new JwtRefusedException(JwtRefusal.EXPIRED);
        }
        if (issuedAt.isAfter(now.plus(leeway))) {
            throw new JwtRefusedException(JwtRefusal.ISSUED_IN_FUTURE);
        }
        if (instant(claims, "nbf").filter(notBefore -> notBefore.isAfter(now.plus(leeway))).isPresent()) {
            throw new JwtRefusedException(JwtRefusal.NOT_YET_VALID);
        }
        QshKind qshKind = checkQsh(stringClaim(claims, QSH_CLAIM), request, policy);
        return new VerifiedConnectJwt(unverified.issuer(), Optional.ofNullable(stringClaim(claims, "sub")), issuedAt, expiresAt,
                qshKind, audience(claims), context(claims));
    }

    private static void verifySignature(JsonWebSignature signature, SharedSecret secret) {
        signature.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                AlgorithmIdentifiers.HMAC_SHA256));
        signature.setKey(new HmacKey(secret.keyBytes()));
        // Bitbucket chooses the secret's length, not us; refusing short ones is the lifecycle's call
        signature.setDoKeyValidation(false);
        try {
            if (!signature.verifySignature()) {
                throw new JwtRefusedException(JwtRefusal.SIGNATURE_INVALID);
            }
        } catch (JoseException e) {
            // e.g. an unknown critical header: nothing we can verify
            throw new JwtRefusedException(JwtRefusal.TOKEN_MALFORMED);
        }
    }

    private static QshKind checkQsh(String qsh, CanonicalRequest request, QshPolicy policy) {
        if (qsh == null || qsh.isEmpty()) {
            throw new JwtRefusedException(JwtRefusal.QSH_MISSING);
        }
        if (QueryStringHash.CONTEXT.equals(qsh)) {
            if (policy != QshPolicy.REQUEST_BOUND_OR_CONTEXT) {
                throw new JwtRefusedException(JwtRefusal.CONTEXT_QSH_NOT_ALLOWED);
            }
            return QshKind.CONTEXT;
        }
        if (!QueryStringHash.of(request).matches(qsh)) {
            throw new JwtRefusedException(JwtRefusal.QSH_MISMATCH);
        }
        return QshKind.REQUEST_BOUND;
    }

    private static Optional<Instant> instant(JwtClaims claims, String name) {
        try {
            NumericDate date = claims.getNumericDateClaimValue(name);
            return Optional.ofNullable(date).map(d -> Instant.ofEpochSecond(d.getValue()));
        } catch (MalformedClaimException e) {
            throw new JwtRefusedException(JwtRefusal.TOKEN_MALFORMED);
        }
    }

    private static String stringClaim(JwtClaims claims, String name) {
        try {
            return claims.getStringClaimValue(name);
        } catch (MalformedClaimException e) {
            throw new JwtRefusedException(JwtRefusal.TOKEN_MALFORMED);
        }
    }

    private static List<String> audience(JwtClaims claims) {
        try {
            return claims.hasAudience() ? claims.getAudience() : List.of();
        } catch (MalformedClaimException e) {
            throw new JwtRefusedException(JwtRefusal.TOKEN_MALFORMED);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> context(JwtClaims claims) {
        Object context = claims.getClaimValue(CONTEXT_CLAIM);
        return context instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** A compact JWS taken apart, its claims not yet trusted: only {@code iss} is read, to find the key. */
    private record UnverifiedJwt(JsonWebSignature signature, JwtClaims claims, String issuer) {

        static UnverifiedJwt parse(String token) {
            if (token == null || token.isBlank()) {
                throw new JwtRefusedException(JwtRefusal.TOKEN_MISSING);
            }
            JsonWebStructure structure;
            try {
                structure = JsonWebStructure.fromCompactSerialization(token);
            } catch (JoseException e) {
                throw new JwtRefusedException(JwtRefusal.TOKEN_MALFORMED);
            }
            if (!(structure instanceof JsonWebSignature signature)) {
                // An encrypted token: Connect never sends one
                throw new JwtRefusedException(JwtRefusal.TOKEN_MALFORMED);
            }
            if (!AlgorithmIdentifiers.HMAC_SHA256.equals(signature.getAlgorithmHeaderValue())) {
                throw new JwtRefusedException(JwtRefusal.ALGORITHM_NOT_ALLOWED);
            }
            JwtClaims claims;
            try {
                claims = JwtClaims.parse(signature.getUnverifiedPayload());
            } catch (InvalidJwtException | RuntimeException e) {
                throw new JwtRefusedException(JwtRefusal.TOKEN_MALFORMED);
            }
            String issuer = stringClaim(claims, "iss");
            if (issuer == null || issuer.isEmpty()) {
                throw new JwtRefusedException(JwtRefusal.UNKNOWN_ISSUER);
            }
            return new UnverifiedJwt(signature, claims, issuer);
        }
    }
}
