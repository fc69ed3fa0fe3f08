package com.bitgraphs.connect.control;

import java.util.Optional;

/**
 * Where an incoming Connect token travels: {@code Authorization: JWT <token>} on lifecycle callbacks,
 * webhooks and the pages' API calls, {@code ?jwt=<token>} when Bitbucket loads a page in its iframe.
 */
public final class IncomingToken {

    private static final String SCHEME = "JWT ";

    private IncomingToken() {
    }

    /**
     * The token from the {@code Authorization} header, else from the {@code jwt} query parameter.
     *
     * @param authorization     the header value, or {@code null}
     * @param jwtQueryParameter the decoded {@code jwt} query parameter, or {@code null}
     */
    public static Optional<String> from(String authorization, String jwtQueryParameter) {
        if (authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            String token = authorization.substring(SCHEME.length()).strip();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        }
        if (jwtQueryParameter != null && !jwtQueryParameter.isBlank()) {
            return Optional.of(jwtQueryParameter.strip());
        }
        return Optional.empty();
    }
}
