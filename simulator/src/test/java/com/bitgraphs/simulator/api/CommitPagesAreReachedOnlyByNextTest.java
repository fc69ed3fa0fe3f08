package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.ApiClient;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commit pages, as on Bitbucket, carry neither {@code size} nor a page number, and a page URL built by hand is
 * refused, so a client has to follow {@code next}.
 */
class CommitPagesAreReachedOnlyByNextTest {

    @Test
    void commitPagesAreOpaque() {
        try (Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withRepositories(List.of(FixtureRepository.get())))) {
            ApiClient api = new ApiClient(simulator.baseUrl(), simulator.token());
            String commits = "/2.0/repositories/demo/fixture/commits?pagelen=5";
            JsonObject first = api.json(commits);
            assertThat(first.keySet()).containsExactlyInAnyOrder("pagelen", "values", "next");
            assertThat(first.getString("next")).doesNotContain("page=2");
            assertThat(api.json(first.getString("next")).getJsonArray("values")).hasSize(5);
            assertThat(api.get(commits + "&page=2").statusCode()).isEqualTo(400);
        }
    }
}
