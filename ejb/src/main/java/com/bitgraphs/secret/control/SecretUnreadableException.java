package com.bitgraphs.secret.control;

/**
 * A sealed secret could not be opened: its key is no longer configured, or it was tampered with or moved
 * to another owner (AES-GCM authentication failed). Never carries the secret or the key.
 */
public class SecretUnreadableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SecretUnreadableException(String message) {
        super(message);
    }
}
