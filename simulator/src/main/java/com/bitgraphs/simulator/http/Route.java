package com.bitgraphs.simulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A method and a path template such as {@code /2.0/repositories/{workspace}/{repo_slug}}; the template doubles as the
 * endpoint's name in the call counters.
 */
public record Route(String method, String template, Handler handler) {

    /** The decoded path parameters when the raw path fits the template. */
    public Optional<Map<String, String>> match(String rawPath) {
        String[] expected = split(template);
        String[] actual = split(rawPath);
        if (expected.length != actual.length) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < expected.length; i++) {
            String segment = URLDecoder.decode(actual[i].replace("+", "%2B"), StandardCharsets.UTF_8);
            if (expected[i].startsWith("{") && expected[i].endsWith("}")) {
                if (segment.isEmpty()) {
                    return Optional.empty();
                }
                params.put(expected[i].substring(1, expected[i].length() - 1), segment);
            } else if (!expected[i].equals(segment)) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    private static String[] split(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return trimmed.split("/", -1);
    }
}
