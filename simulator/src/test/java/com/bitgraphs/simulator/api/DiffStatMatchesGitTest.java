package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.ApiClient;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import com.bitgraphs.simulator.fixtures.GitOracle;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every commit, the diffstat's line totals equal {@code git show --numstat --format= --first-parent -M}
 * (binary files counting 0), merges and the root commit included.
 */
class DiffStatMatchesGitTest {

    @Test
    void fixtureDiffstatsAddUpLikeGit() {
        assertTotalsLikeGit(FixtureRepository.get());
    }

    @Test
    void ownHistoryDiffstatsAddUpLikeGit() {
        Path own = GitOracle.ownCheckout().orElse(null);
        Assumptions.assumeTrue(own != null, "not inside a git checkout");
        assertTotalsLikeGit(own);
    }

    /** Opt-in, for a large history: {@code -Dbitgraphs.simulator.extraRepo=/path/to/repo}. */
    @Test
    void extraRepositoryDiffstatsAddUpLikeGit() {
        String extra = System.getProperty("bitgraphs.simulator.extraRepo");
        Assumptions.assumeTrue(extra != null, "no extra repository given");
        assertTotalsLikeGit(Path.of(extra));
    }

    private static void assertTotalsLikeGit(Path repository) {
        try (Simulator simulator = Simulator.start(SimulatorConfig.defaults().withRepositories(List.of(repository)))) {
            ApiClient api = new ApiClient(simulator.baseUrl(), simulator.token());
            String repo = "/2.0/repositories/demo/" + repository.getFileName().toString().toLowerCase(Locale.ROOT);
            GitOracle git = new GitOracle(repository);
            Map<String, int[]> expected = git.numstatTotals(git.revList());
            List<String> mismatches = new ArrayList<>();
            expected.forEach((hash, totals) -> {
                int added = 0;
                int removed = 0;
                for (JsonObject entry : api.all(repo + "/diffstat/" + hash)) {
                    added += entry.getInt("lines_added");
                    removed += entry.getInt("lines_removed");
                }
                if (added != totals[0] || removed != totals[1]) {
                    mismatches.add(hash + ": simulator +" + added + "/-" + removed
                            + ", git +" + totals[0] + "/-" + totals[1]);
                }
            });
            assertThat(mismatches).isEmpty();
            assertThat(expected).isNotEmpty();
        }
    }
}
