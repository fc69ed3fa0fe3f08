package com.bitgraphs.web.pages;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of the pages: scripts only from us and Bitbucket (its {@code all.js}), API calls
 * only to us, no plugins, no forms elsewhere, and only the configured hosts (Bitbucket, or the simulator's page
 * host) may frame them. Inline styles stay allowed because ECharts writes them into its tooltips.
 */
public final class ContentSecurityPolicy {

    /** Where Bitbucket's {@code all.js} comes from when the page runs inside bitbucket.org. */
    public static final String CONNECT_JS_ORIGIN = "https://bitbucket.org";

    // A scheme, a host (with an optional leading wildcard) and an optional port: nothing that could end a directive
    private static final Pattern SOURCE = Pattern.compile("https?://(\\*\\.)?[A-Za-z0-9.-]+(:(\\d{1,5}|\\*))?");

    private final String value;

    /** @throws IllegalArgumentException when an ancestor is not a plain {@code scheme://host[:port]} */
    public ContentSecurityPolicy(List<String> frameAncestors) {
        for (String ancestor : frameAncestors) {
            if (!SOURCE.matcher(ancestor).matches()) {
                throw new IllegalArgumentException("Not a frame ancestor source: " + ancestor);
            }
        }
        value = String.join("; ",
                "default-src 'none'",
                "script-src 'self' " + CONNECT_JS_ORIGIN,
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "connect-src 'self'",
                "font-src 'self'",
                "base-uri 'none'",
                "form-action 'none'",
                "object-src 'none'",
                "frame-ancestors " + (frameAncestors.isEmpty() ? "'none'" : String.join(" ", frameAncestors)));
    }

    public String value() {
        return value;
    }
}
