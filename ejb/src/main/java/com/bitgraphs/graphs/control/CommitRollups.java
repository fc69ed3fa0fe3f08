package com.bitgraphs.graphs.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Keeps {@code commit_day} and {@code commit_quarter} equal to what the commit rows say. Writers never add
 * deltas: they name the commits they touched, and every bucket those commits fall in (author, UTC day; author,
 * UTC quarter hour) is computed again from the commit rows. A page seen twice after a restart, or a commit
 * deleted, therefore ends in the same rollup. A transaction-scoped advisory lock per repository makes two
 * writers of one repository (the backfill and a webhook) recompute one after the other, so the later one sees
 * the earlier one's committed rows.
 */
public final class CommitRollups {

    /** The buckets of some commits: their authors and times, in pairs. */
    public record Touched(Long[] identities, Timestamp[] times) {
        public boolean isEmpty() {
            return identities.length == 0;
        }
    }

    private static final String[][] TABLES = {
            {"commit_day", "day", "(authored_at at time zone 'UTC')::date",
                    "c.authored_at >= (k.b::timestamp at time zone 'UTC') and c.authored_at < ((k.b + 1)::timestamp at time zone 'UTC')",
                    "(t at time zone 'UTC')::date"},
            {"commit_quarter", "slot", "to_timestamp(floor(extract(epoch from authored_at) / 900) * 900)",
                    "c.authored_at >= k.b and c.authored_at < k.b + interval '15 minutes'",
                    "to_timestamp(floor(extract(epoch from t) / 900) * 900)"}};

    private CommitRollups() {
    }

    /** The buckets of these commits of the repository, read before they change or go. */
    public static Touched touched(Connection connection, long repositoryId, Collection<String> hashes) throws SQLException {
        return touched(connection, repositoryId, "hash = any (?::text[])", hashes);
    }

    /** The buckets of the repository's commits other than these, read before they are deleted. */
    public static Touched touchedExcept(Connection connection, long repositoryId, Collection<String> kept) throws SQLException {
        return touched(connection, repositoryId, "not (hash = any (?::text[]))", kept);
    }

    private static Touched touched(Connection connection, long repositoryId, String condition, Collection<String> hashes)
            throws SQLException {
        List<Long> identities = new ArrayList<>();
        List<Timestamp> times = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select identity_id, authored_at from commit where repository_id = ? and " + condition)) {
            select.setLong(1, repositoryId);
            select.setArray(2, connection.createArrayOf("text", hashes.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    identities.add(rows.getLong(1));
                    times.add(rows.getTimestamp(2));
                }
            }
        }
        return new Touched(identities.toArray(Long[]::new), times.toArray(Timestamp[]::new));
    }

    /** Computes the touched buckets again from the commit rows; a bucket left without commits is removed. */
    public static void recompute(Connection connection, UUID tenant, long repositoryId, Touched touched) throws SQLException {
        if (touched.isEmpty()) {
            return;
        }
        lock(connection, tenant, repositoryId);
        for (String[] table : TABLES) {
            String keys = "(select distinct i, " + table[4] + " as b from unnest(?::bigint[], ?::timestamptz[]) as u(i, t))";
            try (PreparedStatement delete = connection.prepareStatement("delete from " + table[0] + " r using " + keys
                    + " k where r.repository_id = ? and r.identity_id = k.i and r." + table[1] + " = k.b")) {
                delete.setArray(1, connection.createArrayOf("bigint", touched.identities()));
                delete.setArray(2, connection.createArrayOf("timestamptz", touched.times()));
                delete.setLong(3, repositoryId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into " + table[0] + " select c.tenant_id, c.repository_id,"
                    + " c.identity_id, k.b, " + AGGREGATES + " from commit c join " + keys + " k on c.identity_id = k.i and "
                    + table[3] + " where c.repository_id = ? group by c.tenant_id, c.repository_id, c.identity_id, k.b")) {
                insert.setArray(1, connection.createArrayOf("bigint", touched.identities()));
                insert.setArray(2, connection.createArrayOf("timestamptz", touched.times()));
                insert.setLong(3, repositoryId);
                insert.executeUpdate();
            }
        }
    }

    /** Computes every rollup row of the repository again, after its file exclusions changed. */
    public static void rebuild(Connection connection, UUID tenant, long repositoryId) throws SQLException {
        lock(connection, tenant, repositoryId);
        for (String[] table : TABLES) {
            try (PreparedStatement delete = connection.prepareStatement("delete from " + table[0] + " where repository_id = ?")) {
                delete.setLong(1, repositoryId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into " + table[0] + " select tenant_id, repository_id,"
                    + " identity_id, " + table[2] + ", " + AGGREGATES.replace("c.", "") + " from commit where repository_id = ?"
                    + " group by 1, 2, 3, 4")) {
                insert.setLong(1, repositoryId);
                insert.executeUpdate();
            }
        }
    }

    private static final String AGGREGATES = "count(*), count(*) filter (where c.parent_count > 1),"
            + " coalesce(sum(c.counted_added), 0), coalesce(sum(c.counted_removed), 0), min(c.authored_at), max(c.authored_at)";

    private static void lock(Connection connection, UUID tenant, long repositoryId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?), ?::int)")) {
            lock.setString(1, tenant.toString());
            lock.setInt(2, (int) repositoryId);
            lock.execute();
        }
    }
}
