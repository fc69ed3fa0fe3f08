package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.connect.LifecycleResult;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Installing the app starts a backfill that ends with exactly what git says: per UTC day the commits of
 * every branch and tag, and the lines added and removed by non-merge commits with rename detection, for the
 * fewest API calls (one list call per 100 commits, one diffstat call per non-merge commit and 500 files).
 */
@ArquillianTest
class BackfillMatchesGitIT extends DeployedApplication {

    private Simulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void backfillOfTheFixtureEqualsGitPerDayWithTheFewestCalls() throws Exception {
        Path fixture = FixtureRepository.get();
        simulator = SimulatedBitbucket.start("fidelity");

        LifecycleResult installed = simulator.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(installed.sharedSecret());
        UUID tenant = Registry.tenant(installed.clientKey()).orElseThrow().id();
        String state = awaitSync(tenant);

        assertThat(state).isEqualTo("done");
        assertThat(stored(tenant, """
                select day || ' ' || n from (select to_char(authored_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(*) as n
                from commit group by day) per_day order by day""")).isEqualTo(render(commitsPerDay(fixture)));
        assertThat(stored(tenant, """
                select day || ' ' || added || ' ' || removed from (
                    select to_char(authored_at at time zone 'UTC', 'YYYY-MM-DD') as day,
                           sum(lines_added) as added, sum(lines_removed) as removed
                    from commit where parent_count < 2 group by day) per_day order by day""")).isEqualTo(render(linesPerDay(fixture)));
        assertThat(stored(tenant, "select count(*)::text from commit where diffstat_state = 'PENDING'")).containsExactly("0");
        // The fixture's two merges named as pull requests, and the open and declined ones of its pull-request file
        assertThat(stored(tenant, "select state || ' ' || count(*) from pull_request group by state order by state"))
                .containsExactly("DECLINED 1", "MERGED 2", "OPEN 1");
        assertThat(stored(tenant, "select count(*)::text from pull_request_participant where approved")).isNotEqualTo(List.of("0"));
        assertThat(simulator.counters().total()).isEqualTo(expectedCalls(fixture));

        String syncPath = "/api/v1/workspaces/fidelity/sync";
        var sync = Http.json(ConnectClient.get(app(syncPath), ConnectClient.token(installed.clientKey(), installed.sharedSecret(),
                ConnectClient.qsh("GET", syncPath, ""), claims -> { })));
        assertThat(sync.getString("state")).isEqualTo("done");
        assertThat(sync.getJsonNumber("api_calls").longValue()).isEqualTo(expectedCalls(fixture));
        var repository = sync.getJsonArray("repositories").getJsonObject(0);
        assertThat(repository.getInt("commits")).isEqualTo(Git.lines(fixture, "rev-list", "--branches", "--tags").size());
        assertThat(repository.getInt("diffstats_done")).isEqualTo(repository.getInt("diffstats_total"))
                .isEqualTo(Git.lines(fixture, "rev-list", "--branches", "--tags", "--no-merges").size());
    }

    private String awaitSync(UUID tenant) throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            List<String> state = stored(tenant, "select state from tenant_sync");
            if (!state.isEmpty() && !state.get(0).equals("running") && !state.get(0).equals("queued")) {
                return state.get(0) + (state.get(0).equals("failed") ? ": " + stored(tenant, "select last_error from tenant_sync") : "");
            }
            Thread.sleep(500);
        }
        return "timed out";
    }

    /**
     * 1 repository listing, a commit page per 100, for each non-merge commit a diffstat page per 500 files,
     * 1 page of pull requests (up to 50) and 1 page of members.
     */
    private static long expectedCalls(Path fixture) {
        List<String> all = Git.lines(fixture, "rev-list", "--branches", "--tags");
        List<String> nonMerges = Git.lines(fixture, "rev-list", "--branches", "--tags", "--no-merges");
        long calls = 1 + (all.size() + 99) / 100 + 1 + 1;
        for (String hash : nonMerges) {
            int files = Git.lines(fixture, "show", "--numstat", "--format=", "-M", hash).size();
            calls += Math.max(1, (files + 499) / 500);
        }
        return calls;
    }

    private static Map<String, String> commitsPerDay(Path fixture) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String date : Git.lines(fixture, "log", "--branches", "--tags", "--format=%aI")) {
            counts.merge(day(date), 1, Integer::sum);
        }
        Map<String, String> rendered = new TreeMap<>();
        counts.forEach((day, count) -> rendered.put(day, Integer.toString(count)));
        return rendered;
    }

    private static Map<String, String> linesPerDay(Path fixture) {
        Map<String, long[]> lines = new TreeMap<>();
        String day = null;
        for (String line : Git.lines(fixture, "log", "--branches", "--tags", "--no-merges", "--numstat", "-M", "--format=@%aI")) {
            if (line.startsWith("@")) {
                day = day(line.substring(1));
                lines.computeIfAbsent(day, d -> new long[2]);
            } else if (!line.isBlank()) {
                String[] parts = line.split("\t");
                lines.get(day)[0] += parts[0].equals("-") ? 0 : Long.parseLong(parts[0]);
                lines.get(day)[1] += parts[1].equals("-") ? 0 : Long.parseLong(parts[1]);
            }
        }
        Map<String, String> rendered = new TreeMap<>();
        lines.forEach((d, counts) -> rendered.put(d, counts[0] + " " + counts[1]));
        return rendered;
    }

    private static List<String> render(Map<String, String> perDay) {
        return perDay.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue()).toList();
    }

    private static String day(String isoDate) {
        Instant instant = OffsetDateTime.parse(isoDate).toInstant();
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static List<String> stored(UUID tenant, String sql) throws Exception {
        try (Connection owner = asOwner()) {
            owner.setAutoCommit(false);
            TenantTables.enter(owner, tenant);
            return TenantTables.strings(owner, sql);
        }
    }
}
