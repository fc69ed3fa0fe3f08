package com.bitgraphs.simulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Connect's {@code qsh} claim: the lowercase hex SHA-256 of the {@link CanonicalRequest}.
 */
public final class QueryStringHash {
    private QueryStringHash() {
    }

    public static String of(String canonicalRequest) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String of(String method, String rawPath, String basePath, Map<String, List<String>> query) {
        return of(CanonicalRequest.of(method, rawPath, basePath, query));
    }
}
