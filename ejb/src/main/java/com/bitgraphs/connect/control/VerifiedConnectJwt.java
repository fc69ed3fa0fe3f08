package com.bitgraphs.connect.control;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a verified token proves: which tenant sent it ({@code iss}, the clientKey), on behalf of whom
 * ({@code sub}, the Bitbucket user for page loads), until when, and how it is bound to the request.
 *
 * @param clientKey the issuer, the tenant's clientKey
 * @param subject   the user, when the token names one
 * @param issuedAt  {@code iat}
 * @param expiresAt {@code exp}
 * @param qshKind   whether the token was bound to this request or was a context token
 * @param audience  {@code aud}, tolerated but not checked; empty when absent
 * @param context   the {@code context} claim Atlassian puts in page-load tokens; empty when absent
 */
public record VerifiedConnectJwt(String clientKey, Optional<String> subject, Instant issuedAt, Instant expiresAt,
                                 QshKind qshKind, List<String> audience, Map<String, Object> context) {

    public VerifiedConnectJwt {
        audience = List.copyOf(audience);
        // Map.copyOf refuses JSON nulls, which a context claim may hold
        context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
    }
}
