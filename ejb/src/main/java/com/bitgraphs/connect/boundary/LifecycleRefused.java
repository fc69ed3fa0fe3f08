package com.bitgraphs.connect.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A lifecycle callback or registration that is refused: nothing it carried is stored. Carries the HTTP
 * status and a general reason, never a token or a secret.
 */
@ApplicationException(rollback = true)
public class LifecycleRefused extends RuntimeException {

    private final int status;

    public LifecycleRefused(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    public static LifecycleRefused badRequest(String reason) {
        return new LifecycleRefused(400, reason);
    }

    public static LifecycleRefused unauthorized(String reason) {
        return new LifecycleRefused(401, reason);
    }

    public static LifecycleRefused forbidden(String reason) {
        return new LifecycleRefused(403, reason);
    }

    public int status() {
        return status;
    }
}
