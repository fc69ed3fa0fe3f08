package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.connect.LifecycleResult;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
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
        String state = PerDay.awaitSync(tenant);

        assertThat(state).isEqualTo("done");
        assertThat(PerDay.stored(tenant).commits()).isEqualTo(PerDay.git(fixture).commits());
        assertThat(PerDay.stored(tenant).lines()).isEqualTo(PerDay.git(fixture).lines());
        assertThat(stored(tenant, "select count(*)::text from commit where diffstat_state = 'PENDING'")).containsExactly("0");
        // The fixture's two merges named as pull requests, and the open and declined ones of its pull-request file
        assertThat(stored(tenant, "select state || ' ' || count(*) from pull_request group by state order by state"))
                .containsExactly("DECLINED 1", "MERGED 2", "OPEN 1");
        assertThat(stored(tenant, "select count(*)::text from pull_request_participant where approved")).isNotEqualTo(List.of("0"));
        assertThat(simulator.counters().total()).isEqualTo(expectedCalls(fixture));

        String syncPath = "/api/v1/workspaces/fidelity/sync";
        String owner = SimulatedBitbucket.ownerUuid(simulator);
        var sync = Http.json(ConnectClient.get(app(syncPath), ConnectClient.token(installed.clientKey(), installed.sharedSecret(),
                ConnectClient.qsh("GET", syncPath, ""), claims -> claims.setSubject(owner))));
        assertThat(sync.getString("state")).isEqualTo("done");
        assertThat(sync.getJsonNumber("api_calls").longValue()).isEqualTo(expectedCalls(fixture));
        var repository = sync.getJsonArray("repositories").getJsonObject(0);
        assertThat(repository.getInt("commits")).isEqualTo(Git.lines(fixture, "rev-list", "--branches", "--tags").size());
        assertThat(repository.getInt("diffstats_done")).isEqualTo(repository.getInt("diffstats_total"))
                .isEqualTo(Git.lines(fixture, "rev-list", "--branches", "--tags", "--no-merges").size());
    }

    /**
     * 1 repository listing, a commit page per 100, for each non-merge commit a diffstat page per 500 files,
     * 1 page of pull requests (up to 50) and 1 page of members.
     */
    static long expectedCalls(Path fixture) {
        List<String> all = Git.lines(fixture, "rev-list", "--branches", "--tags");
        List<String> nonMerges = Git.lines(fixture, "rev-list", "--branches", "--tags", "--no-merges");
        long calls = 1 + (all.size() + 99) / 100 + 1 + 1;
        for (String hash : nonMerges) {
            int files = Git.lines(fixture, "show", "--numstat", "--format=", "-M", hash).size();
            calls += Math.max(1, (files + 499) / 500);
        }
        return calls;
    }

    private static List<String> stored(UUID tenant, String sql) throws Exception {
        return PerDay.query(tenant, sql);
    }
}
