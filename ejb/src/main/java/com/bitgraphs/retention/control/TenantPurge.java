package com.bitgraphs.retention.control;

import com.bitgraphs.retention.entity.PurgeCandidate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Purges tenants, set-based, in the caller's transaction on the maintenance role's connection: the rows of
 * every tenant table (children first), the job repository's instances of their syncs, their audit lines,
 * then their registry rows with the sealed secrets; last, one audit line per tenant that says it was purged
 * and when, naming only the tenant id (a random uuid that maps to nothing once the registry row is gone).
 */
public final class TenantPurge {

    private TenantPurge() {
    }

    /**
     * The uninstalled tenants whose retention ended by {@code cutoff}, locked for this transaction. Rows
     * another sweep (on another node) has locked are skipped: that sweep purges them. A reinstall locks
     * the row too, so it either runs first (the tenant is installed again and not selected) or finds the
     * tenant gone and becomes a first install.
     */
    public static List<PurgeCandidate> lockDue(Connection connection, Instant cutoff, Duration retention) throws SQLException {
        return select(connection, cutoff, retention, " for update skip locked");
    }

    /** The same tenants as {@link #lockDue}, without locking: the dry run. */
    public static List<PurgeCandidate> due(Connection connection, Instant cutoff, Duration retention) throws SQLException {
        return select(connection, cutoff, retention, "");
    }

    private static List<PurgeCandidate> select(Connection connection, Instant cutoff, Duration retention, String lock)
            throws SQLException {
        List<PurgeCandidate> due = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select id, client_key, workspace_slug, uninstalled_at from tenant
                where state = 'UNINSTALLED' and uninstalled_at <= ?
                order by uninstalled_at, id""" + lock)) {
            select.setTimestamp(1, Timestamp.from(cutoff));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Instant uninstalled = rows.getTimestamp(4).toInstant();
                    due.add(new PurgeCandidate(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            uninstalled, uninstalled.plus(retention)));
                }
            }
        }
        return due;
    }

    /** @return rows deleted per table */
    public static Map<String, Integer> purge(Connection connection, List<PurgeCandidate> tenants, Instant now, Duration retention)
            throws SQLException {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        if (tenants.isEmpty()) {
            return deleted;
        }
        UUID[] ids = tenants.stream().map(PurgeCandidate::tenant).toArray(UUID[]::new);
        String[] clientKeys = tenants.stream().map(PurgeCandidate::clientKey).toArray(String[]::new);
        for (String table : TenantTables.inDeleteOrder(connection)) {
            deleted.put(table, delete(connection, "delete from " + TenantTables.quoted(table) + " where tenant_id = any (?)", ids));
        }
        deleted.put("job_instance", JobRecords.delete(connection, ids));
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from lifecycle_event where tenant = any (?) or client_key = any (?)")) {
            delete.setArray(1, connection.createArrayOf("uuid", ids));
            delete.setArray(2, connection.createArrayOf("text", clientKeys));
            deleted.put("lifecycle_event", delete.executeUpdate());
        }
        deleted.put("tenant", delete(connection, "delete from tenant where id = any (?) and state = 'UNINSTALLED'", ids));
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into lifecycle_event (occurred_at, event, outcome, tenant, detail)
                select ?, 'purged', 'accepted', t, ? from unnest(?::uuid[]) as t""")) {
            insert.setTimestamp(1, Timestamp.from(now));
            insert.setString(2, "retention of " + retention.toDays() + " days after uninstall ended; every row deleted");
            insert.setArray(3, connection.createArrayOf("uuid", ids));
            insert.executeUpdate();
        }
        return deleted;
    }

    private static int delete(Connection connection, String sql, UUID[] ids) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setArray(1, connection.createArrayOf("uuid", ids));
            return delete.executeUpdate();
        }
    }
}
