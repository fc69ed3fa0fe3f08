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
 * A diffstat of more than 500 files comes in pages of at most 500 linked by {@code next}, each file once.
 */
class DiffStatPagesFollowNextTest {

    @Test
    void largeDiffstatIsPagedAt500() {
        try (Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withRepositories(List.of(FixtureRepository.get())))) {
            ApiClient api = new ApiClient(simulator.baseUrl(), simulator.token());
            String repo = "/2.0/repositories/demo/fixture";
            String hash = api.all(repo + "/commits?pagelen=100").stream()
                    .filter(c -> c.getString("message").startsWith("Add 520"))
                    .findFirst().orElseThrow().getString("hash");
            JsonObject first = api.json(repo + "/diffstat/" + hash + "?pagelen=5000");
            assertThat(first.getInt("pagelen")).isEqualTo(500);
            assertThat(first.getJsonArray("values")).hasSize(500);
            assertThat(first.getString("next")).contains("page=2");
            List<JsonObject> all = api.all(repo + "/diffstat/" + hash);
            assertThat(all).hasSize(520).extracting(e -> e.getJsonObject("new").getString("path"))
                    .doesNotHaveDuplicates();
        }
    }
}
