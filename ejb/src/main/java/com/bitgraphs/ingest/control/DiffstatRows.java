package com.bitgraphs.ingest.control;

import com.bitgraphs.bitbucket.entity.DiffstatEntry;
import com.bitgraphs.graphs.control.PathExclusions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Writes one commit's diffstat: its files (paths and counts), its totals, and the totals the reports count (without
 * the repository's excluded files), and marks it done. Written twice, it ends the same.
 */
public final class DiffstatRows {

    private DiffstatRows() {
    }

    public static void write(Connection connection, UUID tenant, long repositoryId, String hash, List<DiffstatEntry> entries,
                             PathExclusions exclusions)
            throws SQLException {
        List<DiffstatEntry> files = onePerPath(entries);
        int added = 0;
        int removed = 0;
        int countedAdded = 0;
        int countedRemoved = 0;
        String[] paths = new String[files.size()];
        String[] oldPaths = new String[files.size()];
        String[] statuses = new String[files.size()];
        Integer[] adds = new Integer[files.size()];
        Integer[] removes = new Integer[files.size()];
        for (int i = 0; i < files.size(); i++) {
            DiffstatEntry file = files.get(i);
            paths[i] = file.path();
            oldPaths[i] = file.oldFile() == null ? null : file.oldFile().path();
            statuses[i] = file.status() == null ? "modified" : file.status();
            adds[i] = file.linesAdded();
            removes[i] = file.linesRemoved();
            added += file.linesAdded();
            removed += file.linesRemoved();
            if (!exclusions.excludes(paths[i])) {
                countedAdded += file.linesAdded();
                countedRemoved += file.linesRemoved();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into commit_file (tenant_id, repository_id, hash, path, old_path, status, lines_added, lines_removed)
                select ?, ?, ?, p, o, s, a, r from unnest(?::text[], ?::text[], ?::text[], ?::int[], ?::int[]) as t(p, o, s, a, r)
                on conflict (tenant_id, repository_id, hash, path) do update
                set old_path = excluded.old_path, status = excluded.status,
                    lines_added = excluded.lines_added, lines_removed = excluded.lines_removed""")) {
            insert.setObject(1, tenant);
            insert.setLong(2, repositoryId);
            insert.setString(3, hash);
            insert.setArray(4, connection.createArrayOf("text", paths));
            insert.setArray(5, connection.createArrayOf("text", oldPaths));
            insert.setArray(6, connection.createArrayOf("text", statuses));
            insert.setArray(7, connection.createArrayOf("integer", adds));
            insert.setArray(8, connection.createArrayOf("integer", removes));
            insert.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement("""
                update commit set lines_added = ?, lines_removed = ?, counted_added = ?, counted_removed = ?, diffstat_state = 'DONE'
                where tenant_id = ? and repository_id = ? and hash = ?""")) {
            update.setInt(1, added);
            update.setInt(2, removed);
            update.setInt(3, countedAdded);
            update.setInt(4, countedRemoved);
            update.setObject(5, tenant);
            update.setLong(6, repositoryId);
            update.setString(7, hash);
            update.executeUpdate();
        }
    }

    /** A path listed twice (Bitbucket does not, a bug might) would fail the multi-row upsert; count it once. */
    private static List<DiffstatEntry> onePerPath(List<DiffstatEntry> entries) {
        java.util.Map<String, DiffstatEntry> byPath = new java.util.LinkedHashMap<>();
        for (DiffstatEntry entry : entries) {
            String path = entry.path() == null ? "" : entry.path();
            byPath.merge(path, entry, (a, b) -> new DiffstatEntry(a.status(), a.linesAdded() + b.linesAdded(),
                    a.linesRemoved() + b.linesRemoved(), a.oldFile(), a.newFile()));
        }
        return List.copyOf(byPath.values());
    }
}
