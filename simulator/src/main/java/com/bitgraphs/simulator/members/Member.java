package com.bitgraphs.simulator.members;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * A Bitbucket account. Its uuid and account id derive from the email alone, so they are the same in every run.
 *
 * @param uuid Bitbucket's braced form {@code {xxxxxxxx-...}}
 */
public record Member(String uuid, String accountId, String displayName, String nickname, String email) {

    public static Member forEmail(String email, String displayName) {
        String key = "bitgraphs-simulator:" + email.toLowerCase(Locale.ROOT);
        String uuid = "{" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "}";
        String accountId = "557058:" + HexFormat.of().formatHex(sha256(key), 0, 12);
        int at = email.indexOf('@');
        String nickname = at > 0 ? email.substring(0, at) : displayName;
        return new Member(uuid, accountId, displayName, nickname, email);
    }

    /** Whether a path segment such as {@code {uuid}}, a bare uuid or an account id names this member. */
    public boolean isNamedBy(String selector) {
        String bare = selector.startsWith("{") ? selector : "{" + selector + "}";
        return uuid.equalsIgnoreCase(bare) || accountId.equals(selector) || nickname.equals(selector);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
