package com.bitgraphs.secret.control;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A secret as stored: the id of the key that sealed it, and the 96-bit nonce followed by the AES-GCM
 * ciphertext and its tag. Storable as two columns, or as one text {@code keyId:base64}.
 */
public final class SealedSecret {

    /** Nonce and tag: anything shorter was never sealed by us. */
    static final int MIN_LENGTH = 12 + 16;

    private final String keyId;
    private final byte[] nonceAndCiphertext;

    public SealedSecret(String keyId, byte[] nonceAndCiphertext) {
        if (keyId == null || keyId.isEmpty() || keyId.indexOf(':') >= 0) {
            throw new IllegalArgumentException("A sealed secret needs the id of its key");
        }
        if (nonceAndCiphertext == null || nonceAndCiphertext.length < MIN_LENGTH) {
            throw new IllegalArgumentException("Too short to be a sealed secret");
        }
        this.keyId = keyId;
        this.nonceAndCiphertext = nonceAndCiphertext.clone();
    }

    /** Reads the one-text form {@code keyId:base64}. */
    public static SealedSecret parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("A sealed secret is written keyId:base64");
        }
        try {
            return new SealedSecret(text.substring(0, colon), Base64.getDecoder().decode(text.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A sealed secret is written keyId:base64");
        }
    }

    public String keyId() {
        return keyId;
    }

    public byte[] nonceAndCiphertext() {
        return nonceAndCiphertext.clone();
    }

    /** The one-text form {@code keyId:base64}. */
    public String asText() {
        return keyId + ':' + Base64.getEncoder().encodeToString(nonceAndCiphertext);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedSecret that && keyId.equals(that.keyId) && Arrays.equals(nonceAndCiphertext, that.nonceAndCiphertext);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyId, Arrays.hashCode(nonceAndCiphertext));
    }

    /** The key id and size only: even ciphertext has no business in logs. */
    @Override
    public String toString() {
        return "SealedSecret[keyId=" + keyId + ", " + nonceAndCiphertext.length + " bytes]";
    }
}
