package com.bitgraphs.secret.control;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Whose secret a sealed value is, and what for: bound into the ciphertext as associated data, so a value
 * copied to another tenant's row, or from the webhook secret's column into the shared secret's, fails
 * to open.
 *
 * @param tenantId the tenant the secret belongs to
 * @param purpose  what it is, e.g. {@code connect.shared-secret}, {@code access-token}, {@code webhook-secret}
 */
public record SecretOwner(UUID tenantId, String purpose) {

    private static final Pattern PURPOSE = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    public SecretOwner {
        Objects.requireNonNull(tenantId, "tenantId");
        if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("A purpose is lower-case letters, digits, '.' and '-'");
        }
    }

    /** Neither part can contain the separator, so two different owners never give the same bytes. */
    byte[] associatedData(String keyId) {
        return ("bitgraphs.secret.v1|" + tenantId + "|" + purpose + "|" + keyId).getBytes(StandardCharsets.UTF_8);
    }
}
