package com.bitgraphs.graphs.control;

import com.bitgraphs.MigratedDatabase;
import com.bitgraphs.bitbucket.entity.Commit;
import com.bitgraphs.bitbucket.entity.DiffstatEntry;
import com.bitgraphs.ingest.control.CommitRows;
import com.bitgraphs.ingest.control.DiffstatRows;
import com.bitgraphs.tenant.control.TenantSetting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollups never double count: pages written twice (a restart re-reads the chunk in flight), overlapping
 * pages, diffstats written twice, commits deleted after a forced push and changed file exclusions all end in
 * rollups equal to what the generated history says, computed here in Java.
 */
class RollupsEqualTheCommitRowsTest {

    private static final String[] AUTHORS = {"Ada <ada@example.com>", "Bob <bob@example.com>", "Cy <cy@example.com>"};

    private final MigratedDatabase database;
    private final UUID tenant = UUID.randomUUID();
    private final List<Commit> commits = new ArrayList<>();
    private final Map<String, List<DiffstatEntry>> files = new TreeMap<>();
    private long repository;

    RollupsEqualTheCommitRowsTest() throws Exception {
        database = MigratedDatabase.get();
    }

    @BeforeEach
    void history() throws Exception {
        try (Connection owner = database.owner().getConnection(); PreparedStatement insert = owner.prepareStatement("""
                insert into tenant (id, client_key, workspace_uuid, workspace_slug, base_api_url, state, installed_at, door)
                values (?, ?, ?, ?, 'http://localhost', 'INSTALLED', now(), 'CONNECT')""")) {
            insert.setObject(1, tenant);
            insert.setString(2, tenant.toString());
            insert.setString(3, "{" + tenant + "}");
            insert.setString(4, tenant.toString());
            insert.executeUpdate();
        }
        repository = inTenant(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into repository (tenant_id, uuid, slug, name) values (?, '{r}', 'r', 'R') returning id")) {
                insert.setObject(1, tenant);
                try (ResultSet id = insert.executeQuery()) {
                    id.next();
                    return id.getLong(1);
                }
            }
        });
        Random random = new Random(7);
        Instant time = Instant.parse("2026-03-01T22:00:00Z");
        for (int i = 0; i < 60; i++) {
            // Several commits share a quarter hour, many a day; days and quarters change often
            time = time.plusSeconds(60L * random.nextInt(200));
            boolean merge = i % 9 == 8;
            String hash = String.format("%040x", i + 1);
            List<Commit.Parent> parents = merge ? List.of(new Commit.Parent("a"), new Commit.Parent("b")) : List.of(new Commit.Parent("a"));
            commits.add(new Commit(hash, OffsetDateTime.ofInstant(time, ZoneOffset.ofHours(i % 3 - 1)), "m",
                    new Commit.Author(AUTHORS[random.nextInt(AUTHORS.length)], null), parents));
            if (!merge) {
                files.put(hash, List.of(file("src/a" + i + ".txt", random.nextInt(50), random.nextInt(20)),
                        file("yarn.lock", random.nextInt(500), random.nextInt(500))));
            }
        }
    }

    @Test
    void pagesAndDiffstatsSeenTwiceCountOnce() throws Exception {
        write(commits.subList(0, 40));
        write(commits.subList(0, 40));
        write(commits.subList(30, 60));
        diffstats(files.keySet());
        diffstats(files.keySet());

        assertThat(rollup("commit_day", "to_char(day, 'YYYY-MM-DD')")).isEqualTo(expected(commits, false, Set.of(), true));
        assertThat(rollup("commit_quarter", "to_char(slot at time zone 'UTC', 'YYYY-MM-DD HH24:MI')"))
                .isEqualTo(expected(commits, false, Set.of(), false));
    }

    @Test
    void deletedCommitsLeaveTheirBuckets() throws Exception {
        write(commits);
        diffstats(files.keySet());
        Set<String> kept = new HashSet<>();
        commits.subList(0, 45).forEach(c -> kept.add(c.hash()));
        inTenant(c -> {
            CommitRollups.Touched touched = CommitRollups.touchedExcept(c, repository, kept);
            try (PreparedStatement delete = c.prepareStatement("delete from commit where repository_id = ? and not (hash = any (?::text[]))")) {
                delete.setLong(1, repository);
                delete.setArray(2, c.createArrayOf("text", kept.toArray()));
                delete.executeUpdate();
            }
            CommitRollups.recompute(c, tenant, repository, touched);
            return null;
        });

        assertThat(rollup("commit_day", "to_char(day, 'YYYY-MM-DD')")).isEqualTo(expected(commits.subList(0, 45), false, Set.of(), true));
    }

    @Test
    void changedExclusionsRecountTheRepositoryAndNewDiffstatsFollowThem() throws Exception {
        write(commits);
        List<String> hashes = new ArrayList<>(files.keySet());
        diffstats(hashes.subList(0, 20));
        inTenant(c -> {
            FileExclusionRows.replace(c, tenant, repository, List.of("*.lock"));
            return null;
        });
        diffstats(hashes.subList(20, hashes.size()));

        assertThat(rollup("commit_day", "to_char(day, 'YYYY-MM-DD')")).isEqualTo(expected(commits, true, Set.of(), true));

        inTenant(c -> {
            FileExclusionRows.replace(c, tenant, repository, List.of());
            return null;
        });
        assertThat(rollup("commit_quarter", "to_char(slot at time zone 'UTC', 'YYYY-MM-DD HH24:MI')"))
                .isEqualTo(expected(commits, false, Set.of(), false));
    }

    private void write(List<Commit> page) throws Exception {
        inTenant(c -> {
            CommitRows.write(c, tenant, repository, page, com.bitgraphs.privacy.control.Tombstones.none());
            CommitRollups.recompute(c, tenant, repository, CommitRollups.touched(c, repository, page.stream().map(Commit::hash).toList()));
            return null;
        });
    }

    private void diffstats(java.util.Collection<String> hashes) throws Exception {
        inTenant(c -> {
            PathExclusions exclusions = FileExclusionRows.exclusions(c, repository);
            for (String hash : hashes) {
                DiffstatRows.write(c, tenant, repository, hash, files.get(hash), exclusions);
            }
            CommitRollups.recompute(c, tenant, repository, CommitRollups.touched(c, repository, hashes));
            return null;
        });
    }

    /** "email bucket commits merges added removed" lines, computed from the generated history. */
    private Map<String, String> expected(List<Commit> stored, boolean withoutLocks, Set<String> none, boolean days) {
        Map<String, long[]> sums = new TreeMap<>();
        for (Commit commit : stored) {
            Instant at = commit.date().toInstant();
            String bucket = days ? at.atOffset(ZoneOffset.UTC).toLocalDate().toString()
                    : at.atOffset(ZoneOffset.UTC).withMinute(at.atOffset(ZoneOffset.UTC).getMinute() / 15 * 15).toLocalDateTime().toString().replace('T', ' ').substring(0, 16);
            String email = commit.author().raw().replaceAll(".*<|>", "");
            long[] sum = sums.computeIfAbsent(email + " " + bucket, k -> new long[4]);
            sum[0]++;
            sum[1] += commit.isMerge() ? 1 : 0;
            for (DiffstatEntry file : files.getOrDefault(commit.hash(), List.of())) {
                if (!(withoutLocks && file.path().endsWith(".lock")) && !none.contains(file.path())) {
                    sum[2] += file.linesAdded();
                    sum[3] += file.linesRemoved();
                }
            }
        }
        Map<String, String> lines = new TreeMap<>();
        sums.forEach((key, s) -> lines.put(key, s[0] + " " + s[1] + " " + s[2] + " " + s[3]));
        return lines;
    }

    private Map<String, String> rollup(String table, String bucket) throws Exception {
        return inTenant(c -> {
            Map<String, String> lines = new TreeMap<>();
            try (PreparedStatement select = c.prepareStatement("select i.email || ' ' || " + bucket
                    + ", commits || ' ' || merges || ' ' || lines_added || ' ' || lines_removed from " + table
                    + " r join identity i on i.id = r.identity_id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.put(rows.getString(1), rows.getString(2));
                }
            }
            return lines;
        });
    }

    private static DiffstatEntry file(String path, int added, int removed) {
        return new DiffstatEntry("modified", added, removed, new DiffstatEntry.FileRef(path), new DiffstatEntry.FileRef(path));
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T inTenant(Work<T> work) throws Exception {
        try (Connection connection = database.app().getConnection()) {
            connection.setAutoCommit(false);
            TenantSetting.apply(connection, tenant);
            T result = work.run(connection);
            connection.commit();
            return result;
        }
    }
}
