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
 * {@code fields=} keeps only the named paths (with {@code *} for any key), {@code -path} drops one, and paging
 * still works on the trimmed pages.
 */
class FieldsParameterTrimsAnswersTest {

    @Test
    void fieldsKeepAndDropPaths() {
        try (Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withRepositories(List.of(FixtureRepository.get())))) {
            ApiClient api = new ApiClient(simulator.baseUrl(), simulator.token());
            String commits = "/2.0/repositories/demo/fixture/commits?pagelen=5";
            JsonObject page = api.json(commits + "&fields=next,values.hash,values.author.user.uuid,values.parents.*");
            assertThat(page.keySet()).containsExactlyInAnyOrder("next", "values");
            JsonObject first = page.getJsonArray("values").getJsonObject(0);
            assertThat(first.keySet()).containsExactlyInAnyOrder("hash", "author", "parents");
            assertThat(first.getJsonArray("parents").getJsonObject(0).keySet()).contains("hash", "type");
            assertThat(api.all(commits + "&fields=next,values.hash")).hasSameSizeAs(api.all(commits));

            JsonObject repo = api.json("/2.0/repositories/demo/fixture?fields=-links,-workspace");
            assertThat(repo.keySet()).contains("name", "uuid").doesNotContain("links", "workspace");
        }
    }
}
