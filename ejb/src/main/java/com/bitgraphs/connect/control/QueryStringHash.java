package com.bitgraphs.connect.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code qsh} claim: lowercase hex SHA-256 of a {@link CanonicalRequest}. It binds a token to one
 * method, path and query, so a token captured from one request cannot be replayed against another.
 */
public final class QueryStringHash {

    /** What page-load tokens carry instead of a hash: valid for the tenant's context, bound to no request. */
    public static final String CONTEXT = "context-qsh";

    private final String value;

    private QueryStringHash(String value) {
        this.value = value;
    }

    public static QueryStringHash of(CanonicalRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.canonical().getBytes(StandardCharsets.UTF_8));
            return new QueryStringHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The lowercase hex string, as it goes into the {@code qsh} claim. */
    public String value() {
        return value;
    }

    /** Compares in constant time, so a mismatch reveals nothing of where it is. */
    public boolean matches(String claimed) {
        return claimed != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII), claimed.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QueryStringHash that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
