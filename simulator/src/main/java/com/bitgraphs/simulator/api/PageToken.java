package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.http.ApiProblem;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code page} value of commit pages: an encoded page number, so that only {@code next} leads to it.
 */
final class PageToken {
    private static final String PREFIX = "bgsim-page-";

    private PageToken() {
    }

    static String encode(int page) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + page).getBytes(StandardCharsets.US_ASCII));
    }

    /** The page number; 1 when there is no token. */
    static int decode(String token) {
        if (token == null || token.isEmpty()) {
            return 1;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            if (text.startsWith(PREFIX)) {
                return Math.max(1, Integer.parseInt(text.substring(PREFIX.length())));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal: not a token this simulator gave out
        }
        throw ApiProblem.badRequest("Invalid page: follow the next link instead of building page URLs");
    }
}
