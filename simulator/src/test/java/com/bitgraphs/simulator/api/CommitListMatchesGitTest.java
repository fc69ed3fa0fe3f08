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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /commits} lists exactly the commits of {@code git rev-list --branches --tags}, once each, children before
 * their parents, in the very order of {@code --topo-order}, over pages followed by {@code next}.
 */
class CommitListMatchesGitTest {

    @Test
    void fixtureHistoryIsListedLikeGit() {
        assertListedLikeGit(FixtureRepository.get());
    }

    @Test
    void ownHistoryIsListedLikeGit() {
        Path own = GitOracle.ownCheckout().orElse(null);
        Assumptions.assumeTrue(own != null, "not inside a git checkout");
        assertListedLikeGit(own);
    }

    private static void assertListedLikeGit(Path repository) {
        try (Simulator simulator = Simulator.start(SimulatorConfig.defaults().withRepositories(List.of(repository)))) {
            ApiClient api = new ApiClient(simulator.baseUrl(), simulator.token());
            String slug = repository.getFileName().toString().toLowerCase(Locale.ROOT);
            List<JsonObject> commits = api.all("/2.0/repositories/demo/" + slug + "/commits?pagelen=7");
            List<String> hashes = commits.stream().map(c -> c.getString("hash")).toList();

            List<String> expected = new GitOracle(repository).revList();
            assertThat(hashes).doesNotHaveDuplicates().hasSize(expected.size())
                    .containsExactlyInAnyOrderElementsOf(expected);
            Map<String, Integer> position = new HashMap<>();
            for (int i = 0; i < hashes.size(); i++) {
                position.put(hashes.get(i), i);
            }
            for (JsonObject commit : commits) {
                commit.getJsonArray("parents").forEach(p -> assertThat(position.get(p.asJsonObject()
                        .getString("hash"))).isGreaterThan(position.get(commit.getString("hash"))));
            }
            assertThat(new HashSet<>(hashes)).hasSize(expected.size());
            assertThat(hashes).containsExactlyElementsOf(new GitOracle(repository).revListTopoOrder());
        }
    }
}
