package com.bitgraphs.privacy.control;

import com.bitgraphs.secret.control.SecretBox;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The removed people of a tenant, as ingestion meets them: for each email or account uuid about to be
 * written, whether it belongs to a removed person, and then the pseudonymous identity to count it on.
 * Subjects are compared by HMAC-SHA256 under the tenant's {@link PseudonymKey}; a tenant that never
 * removed anyone costs one row read per chunk.
 */
public final class Tombstones {

    private static final Tombstones NONE = new Tombstones(null, null);

    private final UUID tenant;
    private final byte[] key;

    private Tombstones(UUID tenant, byte[] key) {
        this.tenant = tenant;
        this.key = key;
    }

    public static Tombstones of(Connection connection, UUID tenant, SecretBox box) throws SQLException {
        return PseudonymKey.find(connection, tenant, box).map(key -> new Tombstones(tenant, key)).orElse(NONE);
    }

    public static Tombstones withKey(UUID tenant, byte[] key) {
        return new Tombstones(tenant, key);
    }

    public static String account(String accountUuid) {
        return "account:" + accountUuid;
    }

    public static String email(String email) {
        return "email:" + email.toLowerCase(Locale.ROOT);
    }

    /** The pseudonymous identity of each removed subject among these; the others are absent. */
    public Map<String, Long> removed(Connection connection, Collection<String> subjects) throws SQLException {
        Map<String, Long> removed = new HashMap<>();
        if (key == null || subjects.isEmpty()) {
            return removed;
        }
        Map<String, String> byHash = new LinkedHashMap<>();
        for (String subject : subjects) {
            byHash.put(java.util.HexFormat.of().formatHex(hash(subject)), subject);
        }
        try (PreparedStatement select = connection.prepareStatement("""
                select encode(subject_hash, 'hex'), identity_id from personal_data_tombstone
                where subject_hash = any (select decode(h, 'hex') from unnest(?::text[]) as h)""")) {
            select.setArray(1, connection.createArrayOf("text", byHash.keySet().toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    removed.put(byHash.get(rows.getString(1)), rows.getLong(2));
                }
            }
        }
        return removed;
    }

    /** Records that the subject was removed and now lives on as that identity. */
    public void bury(Connection connection, String subject, long identity, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into personal_data_tombstone (tenant_id, subject_hash, identity_id, removed_at) values (?, ?, ?, ?)
                on conflict (tenant_id, subject_hash) do nothing""")) {
            insert.setObject(1, tenant);
            insert.setBytes(2, hash(subject));
            insert.setLong(3, identity);
            insert.setTimestamp(4, Timestamp.from(at));
            insert.executeUpdate();
        }
    }

    private byte[] hash(String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** For the one tenant-less case: a chunk written before any tombstone existed. */
    public static Tombstones none() {
        return NONE;
    }
}
