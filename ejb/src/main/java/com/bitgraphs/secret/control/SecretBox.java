package com.bitgraphs.secret.control;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Seals and opens secrets with AES-256-GCM: a fresh random 96-bit nonce for every value, a 128-bit tag,
 * and the owner (and key id) as associated data. The active key seals; any configured key opens;
 * {@link #reseal} moves a value to the active key during rotation.
 */
public final class SecretBox {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeys keys;
    private final SecureRandom random = new SecureRandom();

    public SecretBox(SecretKeys keys) {
        this.keys = keys;
    }

    public SealedSecret seal(String plaintext, SecretOwner owner) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        String keyId = keys.activeKeyId();
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.active(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(owner.associatedData(keyId));
            byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return new SealedSecret(keyId, ByteBuffer.allocate(NONCE_BYTES + ciphertext.length).put(nonce).put(ciphertext).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /**
     * @throws SecretUnreadableException when the key is not configured, or the value was tampered with or
     *                                   belongs to another owner
     */
    public String open(SealedSecret sealed, SecretOwner owner) {
        SecretKey key = keys.key(sealed.keyId())
                .orElseThrow(() -> new SecretUnreadableException("Secret sealed with key " + sealed.keyId() + ", which is not configured"));
        byte[] stored = sealed.nonceAndCiphertext();
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(owner.associatedData(sealed.keyId()));
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SecretUnreadableException("Secret does not open for its owner: tampered with, or moved from another row");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        } finally {
            Arrays.fill(stored, (byte) 0);
        }
    }

    /** The id of the key that seals now. */
    public String activeKeyId() {
        return keys.activeKeyId();
    }

    /** Whether the value is already under the active key, so a rotation sweep can skip it. */
    public boolean isSealedWithActiveKey(SealedSecret sealed) {
        return keys.activeKeyId().equals(sealed.keyId());
    }

    /**
     * The same secret under the active key, with a fresh nonce: for rotation, once a new key is active and
     * before the old one is removed from the configuration.
     *
     * @throws SecretUnreadableException as {@link #open}
     */
    public SealedSecret reseal(SealedSecret sealed, SecretOwner owner) {
        return seal(open(sealed, owner), owner);
    }

    @Override
    public String toString() {
        return "SecretBox[" + keys + "]";
    }
}
