package com.bitgraphs.simulator.auth;

import com.bitgraphs.simulator.connect.Installation;
import com.bitgraphs.simulator.connect.Installations;
import com.bitgraphs.simulator.http.ApiProblem;
import com.bitgraphs.simulator.http.Request;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Decides who calls the API: {@code Authorization: JWT} (HS256 with the installation's secret, {@code iss} the app
 * key, {@code sub} the clientKey, unexpired, {@code qsh} of this very request relative to the simulator's base URL)
 * or {@code Authorization: Bearer} with a token the simulator issued. Anything else is a 401.
 */
public final class ApiAuthenticator {
    private static final int LEEWAY_SECONDS = 30;
    private final Installations installations;
    private final AccessTokens tokens;
    private final Clock clock;

    public ApiAuthenticator(Installations installations, AccessTokens tokens, Clock clock) {
        this.installations = installations;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The workspace slug the caller may read. */
    public String authenticate(Request request) {
        String header = request.header("Authorization").orElseThrow(() -> unauthorized("No credentials"));
        if (header.startsWith("Bearer ")) {
            return tokens.workspaceOf(header.substring(7).trim())
                    .orElseThrow(() -> unauthorized("Access token expired or revoked"));
        }
        if (header.startsWith("JWT ")) {
            return jwt(request, header.substring(4).trim()).workspace();
        }
        throw unauthorized("Unsupported authentication scheme");
    }

    private Installation jwt(Request request, String token) {
        try {
            JwtClaims unverified = new JwtConsumerBuilder().setSkipAllValidators().setDisableRequireSignature()
                    .setSkipSignatureVerification().build().processToClaims(token);
            Installation installation = installations.active(unverified.getSubject())
                    .orElseThrow(() -> unauthorized("Unknown clientKey in sub"));
            JwtClaims claims = new JwtConsumerBuilder()
                    .setVerificationKey(new HmacKey(installation.sharedSecret().getBytes(StandardCharsets.UTF_8)))
                    .setRelaxVerificationKeyValidation()
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                            AlgorithmIdentifiers.HMAC_SHA256)
                    .setRequireExpirationTime().setRequireIssuedAt()
                    .setAllowedClockSkewInSeconds(LEEWAY_SECONDS)
                    .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()))
                    .setExpectedIssuer(installation.appKey())
                    .setSkipDefaultAudienceValidation()
                    .build().processToClaims(token);
            String expected = QueryStringHash.of(request.method(), request.path(), "", request.query());
            if (!expected.equals(claims.getStringClaimValue("qsh"))) {
                throw unauthorized("Query string hash does not match the request");
            }
            return installation;
        } catch (InvalidJwtException | MalformedClaimException e) {
            throw unauthorized("Invalid JWT: " + e.getMessage());
        }
    }

    private static ApiProblem unauthorized(String message) {
        return new ApiProblem(401, message);
    }
}
