package com.bitgraphs.simulator.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Connect's canonical request {@code METHOD&path&query}: the path relative to the base URL, without a trailing slash
 * unless it is the whole path, {@code &} written {@code %26}; the query without {@code jwt}, keys and values
 * percent-encoded per RFC 3986, sorted by key, a repeated key's values sorted and joined with {@code ,}.
 */
public final class CanonicalRequest {
    private CanonicalRequest() {
    }

    /**
     * @param rawPath  the request's path as sent (still percent-encoded)
     * @param basePath the path of the base URL the request is relative to, "" when at the root
     * @param query    decoded query parameters
     */
    public static String of(String method, String rawPath, String basePath, Map<String, List<String>> query) {
        return method.toUpperCase(Locale.ROOT) + "&" + path(rawPath, basePath) + "&" + query(query);
    }

    static String path(String rawPath, String basePath) {
        String path = rawPath == null ? "" : rawPath;
        String base = basePath == null ? "" : basePath.replaceAll("/+$", "");
        if (!base.isEmpty() && path.startsWith(base)) {
            path = path.substring(base.length());
        }
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.replace("&", "%26");
    }

    static String query(Map<String, List<String>> query) {
        Map<String, List<String>> sorted = new TreeMap<>();
        query.forEach((key, values) -> {
            if (!key.equals("jwt")) {
                List<String> encoded = new ArrayList<>();
                values.forEach(v -> encoded.add(encode(v)));
                sorted.computeIfAbsent(encode(key), k -> new ArrayList<>()).addAll(encoded);
            }
        });
        List<String> pairs = new ArrayList<>();
        sorted.forEach((key, values) -> {
            List<String> ordered = new ArrayList<>(values);
            ordered.sort(null);
            pairs.add(key + "=" + String.join(",", ordered));
        });
        return String.join("&", pairs);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
