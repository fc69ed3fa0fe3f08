package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.ApiClient;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import com.bitgraphs.simulator.fixtures.GitCommand;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code include}/{@code exclude} narrow the commit list exactly as {@code git rev-list A ^B} does, and an unknown
 * revision is a 404.
 */
class IncludeExcludeNarrowsLikeRevListTest {

    @Test
    void includeAndExcludeMatchRevList() {
        try (Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withRepositories(List.of(FixtureRepository.get())))) {
            ApiClient api = new ApiClient(simulator.baseUrl(), simulator.token());
            String commits = "/2.0/repositories/demo/fixture/commits";
            List<String> narrowed = api.all(commits + "?include=main&exclude=v0.1&exclude=feature/login").stream()
                    .map(c -> c.getString("hash")).toList();
            List<String> expected = new GitCommand(FixtureRepository.get())
                    .run("rev-list", "--topo-order", "main", "^v0.1", "^feature/login").lines().toList();
            assertThat(narrowed).isNotEmpty().containsExactlyElementsOf(expected);
            assertThat(api.get(commits + "?include=no-such-branch").statusCode()).isEqualTo(404);
        }
    }
}
