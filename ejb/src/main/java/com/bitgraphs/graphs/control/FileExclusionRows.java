package com.bitgraphs.graphs.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Stores a repository's exclusion patterns and applies them to what is already stored: the counted lines of
 * each of its commits, then its rollups, all in the caller's transaction.
 */
public final class FileExclusionRows {

    private FileExclusionRows() {
    }

    public static List<String> patterns(Connection connection, long repositoryId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select patterns from file_exclusion where repository_id = ?")) {
            select.setLong(1, repositoryId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? strings(row.getArray(1)) : List.of();
            }
        }
    }

    public static PathExclusions exclusions(Connection connection, long repositoryId) throws SQLException {
        return PathExclusions.of(patterns(connection, repositoryId));
    }

    /** Stores the patterns and recomputes the repository's counted lines and rollups. */
    public static void replace(Connection connection, UUID tenant, long repositoryId, List<String> patterns) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into file_exclusion (tenant_id, repository_id, patterns) values (?, ?, ?)
                on conflict (tenant_id, repository_id) do update set patterns = excluded.patterns""")) {
            upsert.setObject(1, tenant);
            upsert.setLong(2, repositoryId);
            upsert.setArray(3, connection.createArrayOf("text", patterns.toArray()));
            upsert.executeUpdate();
        }
        PathExclusions exclusions = PathExclusions.of(patterns);
        List<String> excluded = new ArrayList<>();
        try (PreparedStatement paths = connection.prepareStatement("select distinct path from commit_file where repository_id = ?")) {
            paths.setLong(1, repositoryId);
            try (ResultSet rows = paths.executeQuery()) {
                while (rows.next()) {
                    if (exclusions.excludes(rows.getString(1))) {
                        excluded.add(rows.getString(1));
                    }
                }
            }
        }
        try (PreparedStatement reset = connection.prepareStatement("""
                update commit set counted_added = lines_added, counted_removed = lines_removed
                where repository_id = ? and diffstat_state = 'DONE'""")) {
            reset.setLong(1, repositoryId);
            reset.executeUpdate();
        }
        try (PreparedStatement subtract = connection.prepareStatement("""
                update commit c set counted_added = c.counted_added - x.added, counted_removed = c.counted_removed - x.removed
                from (select hash, sum(lines_added) as added, sum(lines_removed) as removed from commit_file
                      where repository_id = ? and path = any (?::text[]) group by hash) x
                where c.repository_id = ? and c.hash = x.hash and c.diffstat_state = 'DONE'""")) {
            subtract.setLong(1, repositoryId);
            subtract.setArray(2, connection.createArrayOf("text", excluded.toArray()));
            subtract.setLong(3, repositoryId);
            subtract.executeUpdate();
        }
        CommitRollups.rebuild(connection, tenant, repositoryId);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
