package com.bitgraphs.connect.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The secret a tenant's Bitbucket shares with the app at install, the HMAC key of every JWT between them.
 * A type of its own so that it never lands in a log line by accident: {@link #toString()} hides it, and
 * getting the value out takes a call that says what it does.
 */
public final class SharedSecret {

    private final String value;

    private SharedSecret(String value) {
        this.value = value;
    }

    public static SharedSecret of(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("A shared secret cannot be empty");
        }
        return new SharedSecret(value);
    }

    /** The secret itself, for sealing it at rest; nothing else should need it. */
    public String reveal() {
        return value;
    }

    /** The HMAC key: the secret's UTF-8 bytes, as Atlassian's libraries use it. */
    byte[] keyBytes() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SharedSecret that && MessageDigest.isEqual(keyBytes(), that.keyBytes());
    }

    @Override
    public int hashCode() {
        // Constant: a hash of the secret would be a (weak) fingerprint of it
        return 0;
    }

    @Override
    public String toString() {
        return "SharedSecret[hidden]";
    }
}
