package com.bitgraphs.access.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bgt_<tenant as 32 hex>_<43 base64url characters>}: the tenant in the clear, because row-level security
 * lets the lookup see only one tenant's tokens, and 256 random bits after it. Recognisable by secret scanners.
 */
public final class ApiTokenFormat {

    private static final Pattern TOKEN = Pattern.compile("bgt_([0-9a-f]{32})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenFormat() {
    }

    public static String generate(UUID tenant) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return "bgt_" + tenant.toString().replace("-", "") + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The tenant a well-formed token names; empty for anything else. */
    public static Optional<UUID> tenantOf(String token) {
        Matcher matcher = TOKEN.matcher(token == null ? "" : token);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String hex = matcher.group(1);
        return Optional.of(UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16)
                + "-" + hex.substring(16, 20) + "-" + hex.substring(20)));
    }

    /** What a listing shows of a token, enough to tell tokens apart and nothing to use. */
    public static String prefix(String token) {
        return token.substring(0, 4) + "…" + token.substring(token.length() - 4);
    }

    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
