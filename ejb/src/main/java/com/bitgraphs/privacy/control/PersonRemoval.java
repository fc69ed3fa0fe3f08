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
 * the person ({@code COALESCE(person_id, id)}) gets the pseudonym {@code person-<hash of tenant and identity id>}
 * as its name, email and account id, and leaves a tombstone per email and account; the admin's merges of those
 * identities and the {@code .mailmap} lines that name them are dropped (the caller then regroups the people);
 * stored webhook payloads get the same replacements. Commits and pull requests keep pointing at the identities,
 * so every number stays.
 */
public final class PersonRemoval {

    /** An identity as it was before removal. */
    record Identity(long id, String accountUuid, String email, String displayName, String personName) {
    }

    private PersonRemoval() {
    }

    /** Whether the tenant has that person. */
    public static boolean exists(Connection connection, long person) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select 1 from identity where coalesce(person_id, id) = ?")) {
            select.setLong(1, person);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** @return how many identities were renamed; 0 when the tenant has no such person */
    public static int remove(Connection connection, UUID tenant, long person, Tombstones tombstones, Instant now) throws SQLException {
        List<Identity> identities = identitiesOf(connection, person);
        Set<String> values = new LinkedHashSet<>();
        Set<String> everyValue = new LinkedHashSet<>();
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
            if (identity.personName() != null) {
                values.add(identity.personName());
            }
            everyValue.addAll(values);
            try (PreparedStatement update = connection.prepareStatement("""
                    update identity set display_name = ?, person_name = null,
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
        if (!identities.isEmpty()) {
            Long[] ids = identities.stream().map(Identity::id).toArray(Long[]::new);
            try (PreparedStatement unmerge = connection.prepareStatement(
                    "delete from identity_merge where identity_id = any (?) or into_identity_id = any (?)")) {
                unmerge.setArray(1, connection.createArrayOf("bigint", ids));
                unmerge.setArray(2, connection.createArrayOf("bigint", ids));
                unmerge.executeUpdate();
            }
            try (PreparedStatement ungroup = connection.prepareStatement(
                    "update identity set person_id = null, person_name = null where person_id = any (?) or id = any (?)")) {
                ungroup.setArray(1, connection.createArrayOf("bigint", ids));
                ungroup.setArray(2, connection.createArrayOf("bigint", ids));
                ungroup.executeUpdate();
            }
            MailmapLines.dropNaming(connection, everyValue);
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

    private static List<Identity> identitiesOf(Connection connection, long person) throws SQLException {
        List<Identity> identities = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, account_uuid, email, display_name, person_name from identity where coalesce(person_id, id) = ? order by id for update")) {
            select.setLong(1, person);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    identities.add(new Identity(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)));
                }
            }
        }
        return identities;
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
