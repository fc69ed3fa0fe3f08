package com.bitgraphs.privacy.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Removes one person's personal data inside the tenant (the connection has the tenant set): every identity of
 * the person ({@code COALESCE(person_id, id)}, once identity merges exist) gets the pseudonym
 * {@code person-<hash of tenant and identity id>} as its name, email and account id, loses its merge, and
 * leaves a tombstone per email and account; stored webhook payloads get the same replacements. Commits and
 * pull requests keep pointing at the identities, so every number stays.
 */
public final class PersonRemoval {

    /** An identity as it was before removal. */
    record Identity(long id, String accountUuid, String email, String displayName) {
    }

    private PersonRemoval() {
    }

    /** @return how many identities were renamed; 0 when the tenant has no such person */
    public static int remove(Connection connection, UUID tenant, long person, Tombstones tombstones, Instant now) throws SQLException {
        boolean merges = hasPersonColumn(connection);
        List<Identity> identities = identitiesOf(connection, person, merges);
        Set<String> values = new LinkedHashSet<>();
        for (Identity identity : identities) {
            String pseudonym = pseudonym(tenant, identity.id());
            if (identity.accountUuid() != null && !identity.accountUuid().equals(pseudonym)) {
                tombstones.bury(connection, Tombstones.account(identity.accountUuid()), identity.id(), now);
                values.add(identity.accountUuid());
            }
            if (identity.email() != null && !identity.email().equals(pseudonym + "@removed.invalid")) {
                tombstones.bury(connection, Tombstones.email(identity.email()), identity.id(), now);
                values.add(identity.email());
            }
            if (!identity.displayName().equals(pseudonym)) {
                values.add(identity.displayName());
            }
            try (PreparedStatement update = connection.prepareStatement("""
                    update identity set display_name = ?,
                        email = case when email is null then null else ? end,
                        account_uuid = case when account_uuid is null then null else ? end
                    where id = ?""")) {
                update.setString(1, pseudonym);
                update.setString(2, pseudonym + "@removed.invalid");
                update.setString(3, pseudonym);
                update.setLong(4, identity.id());
                update.executeUpdate();
            }
            scrubPayloads(connection, values, pseudonym);
            values.clear();
        }
        if (merges && !identities.isEmpty()) {
            try (PreparedStatement unmerge = connection.prepareStatement(
                    "update identity set person_id = null where person_id = any (?) or id = any (?)")) {
                Long[] ids = identities.stream().map(Identity::id).toArray(Long[]::new);
                unmerge.setArray(1, connection.createArrayOf("bigint", ids));
                unmerge.setArray(2, connection.createArrayOf("bigint", ids));
                unmerge.executeUpdate();
            }
        }
        return identities.size();
    }

    /** Stable across runs and servers, and says nothing about the person. */
    public static String pseudonym(UUID tenant, long identity) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((tenant + ":" + identity).getBytes(StandardCharsets.UTF_8));
            return "person-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Identity> identitiesOf(Connection connection, long person, boolean merges) throws SQLException {
        String personOf = merges ? "coalesce(person_id, id)" : "id";
        List<Identity> identities = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, account_uuid, email, display_name from identity where " + personOf + " = ? order by id for update")) {
            select.setLong(1, person);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    identities.add(new Identity(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
        }
        return identities;
    }

    /** Identity merges (identity.person_id) arrive with another migration; until then each identity is a person. */
    private static boolean hasPersonColumn(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select 1 from information_schema.columns
                where table_schema = current_schema() and table_name = 'identity' and column_name = 'person_id'""");
             ResultSet row = select.executeQuery()) {
            return row.next();
        }
    }

    /**
     * Raw webhook deliveries quote names and emails (commit authors, actors); each value is replaced in its
     * JSON-escaped form, case-insensitively, by the pseudonym.
     */
    private static void scrubPayloads(Connection connection, Set<String> values, String pseudonym) throws SQLException {
        for (String value : values) {
            if (value.isBlank()) {
                continue;
            }
            String escaped = jsonEscaped(value);
            try (PreparedStatement update = connection.prepareStatement("""
                    update webhook_delivery set payload = regexp_replace(payload::text, ?, ?, 'gi')::jsonb
                    where strpos(lower(payload::text), lower(?)) > 0""")) {
                update.setString(1, regexQuoted(escaped));
                update.setString(2, pseudonym);
                update.setString(3, escaped);
                update.executeUpdate();
            }
        }
    }

    static String jsonEscaped(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static String regexQuoted(String literal) {
        return literal.replaceAll("([\\\\.^$|?*+()\\[\\]{}])", "\\\\$1");
    }
}
