package com.bitgraphs.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Commits and lines per UTC day, as git says ({@code git log --branches --tags}, lines of non-merge commits
 * with {@code --numstat -M}) and as Bitgraphs stored them: the fidelity tests compare the two.
 *
 * @param commits {@code "YYYY-MM-DD count"} lines in day order
 * @param lines   {@code "YYYY-MM-DD added removed"} lines in day order
 */
record PerDay(List<String> commits, List<String> lines) {

    static PerDay git(Path repository) {
        Map<String, Integer> commits = new TreeMap<>();
        for (String date : Git.lines(repository, "log", "--branches", "--tags", "--format=%aI")) {
            commits.merge(day(date), 1, Integer::sum);
        }
        Map<String, long[]> lines = new TreeMap<>();
        String day = null;
        for (String line : Git.lines(repository, "log", "--branches", "--tags", "--no-merges", "--numstat", "-M", "--format=@%aI")) {
            if (line.startsWith("@")) {
                day = day(line.substring(1));
                lines.computeIfAbsent(day, d -> new long[2]);
            } else if (!line.isBlank()) {
                String[] parts = line.split("\t");
                lines.get(day)[0] += parts[0].equals("-") ? 0 : Long.parseLong(parts[0]);
                lines.get(day)[1] += parts[1].equals("-") ? 0 : Long.parseLong(parts[1]);
            }
        }
        return new PerDay(commits.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList(),
                lines.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + " " + e.getValue()[1]).toList());
    }

    static PerDay stored(UUID tenant) throws Exception {
        return new PerDay(query(tenant, """
                        select day || ' ' || n from (select to_char(authored_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(*) as n
                        from commit group by day) per_day order by day"""),
                query(tenant, """
                        select day || ' ' || added || ' ' || removed from (
                            select to_char(authored_at at time zone 'UTC', 'YYYY-MM-DD') as day,
                                   sum(lines_added) as added, sum(lines_removed) as removed
                            from commit where parent_count < 2 group by day) per_day order by day"""));
    }

    /**
     * The same numbers as the reports' rollups hold them ({@code commit_day} or {@code commit_quarter}), per UTC
     * day: equal to {@link #stored} unless a rollup counted something twice or missed it.
     */
    static PerDay rolledUp(UUID tenant, String table) throws Exception {
        String day = table.equals("commit_day") ? "to_char(day, 'YYYY-MM-DD')" : "to_char(slot at time zone 'UTC', 'YYYY-MM-DD')";
        return new PerDay(query(tenant, "select d || ' ' || n from (select " + day + " as d, sum(commits) as n from " + table
                        + " group by d) per_day order by d"),
                query(tenant, "select d || ' ' || a || ' ' || r from (select " + day + " as d, sum(lines_added) as a, sum(lines_removed) as r from "
                        + table + " group by d having sum(commits - merges) > 0) per_day order by d"));
    }

    static List<String> query(UUID tenant, String sql) throws Exception {
        try (Connection owner = DeployedApplication.asOwner()) {
            owner.setAutoCommit(false);
            TenantTables.enter(owner, tenant);
            return TenantTables.strings(owner, sql);
        }
    }

    static void update(UUID tenant, String sql) throws Exception {
        try (Connection owner = DeployedApplication.asOwner()) {
            owner.setAutoCommit(false);
            TenantTables.enter(owner, tenant);
            TenantTables.update(owner, sql);
            owner.commit();
        }
    }

    /** How many commits have their lines read. */
    static long linesRead(UUID tenant) throws Exception {
        return Long.parseLong(query(tenant, "select count(*)::text from commit where diffstat_state = 'DONE'").get(0));
    }

    /** Waits until the backfill has read the lines of at least {@code commits} commits. */
    static void awaitLinesRead(UUID tenant, int commits) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (linesRead(tenant) >= commits) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the backfill read no lines in time");
    }

    /** Waits for the tenant's backfill to end: {@code done}, or {@code failed: <error>}. */
    static String awaitSync(UUID tenant) throws Exception {
        return awaitSync(tenant, "select state from tenant_sync");
    }

    /** Waits for that job execution of the tenant's sync to end. */
    static String awaitSync(UUID tenant, long execution) throws Exception {
        return awaitSync(tenant, "select state from tenant_sync where job_execution_id = " + execution);
    }

    private static String awaitSync(UUID tenant, String stateQuery) throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            List<String> state = query(tenant, stateQuery);
            if (!state.isEmpty() && !state.get(0).equals("running") && !state.get(0).equals("queued")) {
                return state.get(0) + (state.get(0).equals("failed") ? ": " + query(tenant, "select last_error from tenant_sync") : "");
            }
            Thread.sleep(500);
        }
        return "timed out";
    }

    private static String day(String isoDate) {
        return OffsetDateTime.parse(isoDate).toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
