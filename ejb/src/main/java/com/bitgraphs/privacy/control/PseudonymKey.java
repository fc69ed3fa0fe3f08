package com.bitgraphs.privacy.control;

import com.bitgraphs.secret.control.SealedSecret;
import com.bitgraphs.secret.control.SecretBox;
import com.bitgraphs.secret.control.SecretOwner;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's HMAC key for tombstones: 32 random bytes made at its first removal, sealed on the tenant row
 * like every other secret (purpose {@value #PURPOSE}), so tombstones cannot be tested against guessed
 * emails without the server's keys, and they go with the tenant when it is purged.
 */
public final class PseudonymKey {

    public static final String PURPOSE = "pseudonym-key";

    private static final SecureRandom RANDOM = new SecureRandom();

    private PseudonymKey() {
    }

    public static SecretOwner owner(UUID tenant) {
        return new SecretOwner(tenant, PURPOSE);
    }

    /** The key, if the tenant ever removed someone. */
    public static Optional<byte[]> find(Connection connection, UUID tenant, SecretBox box) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select pseudonym_key_id, sealed_pseudonym_key from tenant where id = ?")) {
            select.setObject(1, tenant);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || row.getString(1) == null) {
                    return Optional.empty();
                }
                String opened = box.open(new SealedSecret(row.getString(1), row.getBytes(2)), owner(tenant));
                return Optional.of(Base64.getDecoder().decode(opened));
            }
        }
    }

    /** The key, made and sealed now if the tenant has none; the tenant row is locked meanwhile. */
    public static byte[] findOrCreate(Connection connection, UUID tenant, SecretBox box) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select 1 from tenant where id = ? for update")) {
            lock.setObject(1, tenant);
            lock.executeQuery().close();
        }
        Optional<byte[]> existing = find(connection, tenant, box);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        SealedSecret sealed = box.seal(Base64.getEncoder().encodeToString(key), owner(tenant));
        try (PreparedStatement update = connection.prepareStatement(
                "update tenant set pseudonym_key_id = ?, sealed_pseudonym_key = ? where id = ?")) {
            update.setString(1, sealed.keyId());
            update.setBytes(2, sealed.nonceAndCiphertext());
            update.setObject(3, tenant);
            update.executeUpdate();
        }
        return key;
    }
}
