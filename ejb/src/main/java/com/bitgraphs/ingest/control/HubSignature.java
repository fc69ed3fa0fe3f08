package com.bitgraphs.ingest.control;

import com.bitgraphs.connect.control.SharedSecret;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The signature of a repository or workspace webhook: {@code X-Hub-Signature: sha256=<hex HMAC-SHA256 of
 * the raw body>} with the webhook's secret, compared in constant time.
 */
public final class HubSignature {

    private static final String PREFIX = "sha256=";

    private HubSignature() {
    }

    public static String of(byte[] body, SharedSecret secret) {
        return PREFIX + HexFormat.of().formatHex(hmac(body, secret));
    }

    public static boolean verifies(byte[] body, String header, SharedSecret secret) {
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(header.substring(PREFIX.length()).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(claimed, hmac(body, secret));
    }

    private static byte[] hmac(byte[] body, SharedSecret secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
