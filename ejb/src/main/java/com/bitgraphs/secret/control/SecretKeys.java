package com.bitgraphs.secret.control;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The AES-256 keys secrets are sealed with, each under an id, one of them active. The active key seals;
 * every listed key opens, so a new key can be made active while values sealed under the old one are still
 * read and resealed. Parsed from the configuration form {@code kid1:BASE64KEY,kid2:BASE64KEY}.
 */
public final class SecretKeys {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final int KEY_BYTES = 32;

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;

    private SecretKeys(Map<String, SecretKey> keys, String activeKeyId) {
        this.keys = Map.copyOf(keys);
        this.activeKeyId = activeKeyId;
    }

    /**
     * @param spec        {@code kid:base64,kid:base64}; each key 32 bytes once decoded
     * @param activeKeyId the id of the key that seals; may be {@code null} when exactly one key is listed
     * @throws IllegalArgumentException for a malformed list, a key of the wrong size, a repeated id, or an
     *                                  active id that is not listed; never quoting a key
     */
    public static SecretKeys parse(String spec, String activeKeyId) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("No secret keys listed");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            int colon = entry.indexOf(':');
            String keyId = colon < 0 ? "" : entry.substring(0, colon).strip();
            if (!KEY_ID.matcher(keyId).matches()) {
                throw new IllegalArgumentException("Each secret key must be written keyId:base64 with a key id of letters, digits, '.', '_' or '-'");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(entry.substring(colon + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Secret key " + keyId + " is not valid base64");
            }
            if (key.length != KEY_BYTES) {
                throw new IllegalArgumentException("Secret key " + keyId + " must be 32 bytes (AES-256), not " + key.length);
            }
            if (keys.put(keyId, new SecretKeySpec(key, "AES")) != null) {
                throw new IllegalArgumentException("Secret key " + keyId + " is listed twice");
            }
        }
        String active = activeKeyId == null || activeKeyId.isBlank() ? soleKeyId(keys) : activeKeyId.strip();
        if (!keys.containsKey(active)) {
            throw new IllegalArgumentException("The active secret key " + active + " is not among the listed keys " + keys.keySet());
        }
        return new SecretKeys(keys, active);
    }

    private static String soleKeyId(Map<String, SecretKey> keys) {
        if (keys.size() != 1) {
            throw new IllegalArgumentException("Several secret keys are listed: say which one is active");
        }
        return keys.keySet().iterator().next();
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    SecretKey active() {
        return keys.get(activeKeyId);
    }

    Optional<SecretKey> key(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    /** Key ids only, never key material. */
    @Override
    public String toString() {
        return "SecretKeys[active=" + activeKeyId + ", ids=" + keys.keySet().stream().sorted().toList() + "]";
    }
}
