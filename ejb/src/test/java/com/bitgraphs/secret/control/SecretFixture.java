package com.bitgraphs.secret.control;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/** Test fixture: fresh keys, owners, and a secret worth protecting. */
final class SecretFixture {

    static final String SHARED_SECRET = "bitbucket-shared-secret-9f8e7d6c5b4a";
    static final UUID TENANT_A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID TENANT_B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final SecretOwner A_SHARED_SECRET = new SecretOwner(TENANT_A, "connect.shared-secret");

    private SecretFixture() {
    }

    static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
