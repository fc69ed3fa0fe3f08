package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.ApiClient;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Diffstat entries say what happened to each file: a rename with edits is one {@code renamed} entry with both paths,
 * a binary file counts 0/0, an added file has no {@code old}, a removed one no {@code new}, non-ASCII paths come
 * through intact, and an empty commit has no entries.
 */
class DiffStatEntriesDescribeEachFileTest {

    @Test
    void entriesDescribeEachFile() {
        try (Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withRepositories(List.of(FixtureRepository.get())))) {
            ApiClient api = new ApiClient(simulator.baseUrl(), simulator.token());
            String repo = "/2.0/repositories/demo/fixture";
            List<JsonObject> commits = api.all(repo + "/commits?pagelen=100");

            JsonObject renamed = only(api, repo, commits, "Move app and edit it");
            assertThat(renamed.getString("status")).isEqualTo("renamed");
            assertThat(renamed.getJsonObject("old").getString("path")).isEqualTo("src/app.txt");
            assertThat(renamed.getJsonObject("new").getString("path")).isEqualTo("src/main/app.txt");
            assertThat(renamed.getInt("lines_added")).isEqualTo(2);
            assertThat(renamed.getInt("lines_removed")).isEqualTo(2);

            JsonObject binary = only(api, repo, commits, "Change the logo");
            assertThat(binary.getString("status")).isEqualTo("modified");
            assertThat(binary.getInt("lines_added") + binary.getInt("lines_removed")).isZero();

            JsonObject added = only(api, repo, commits, "Corrige l'accent");
            assertThat(added.getString("status")).isEqualTo("added");
            assertThat(added.get("old")).isEqualTo(JsonValue.NULL);
            assertThat(added.getJsonObject("new").getString("path")).isEqualTo("docs/ünïcode файл.txt");

            JsonObject removed = only(api, repo, commits, "Remove the notes");
            assertThat(removed.getString("status")).isEqualTo("removed");
            assertThat(removed.get("new")).isEqualTo(JsonValue.NULL);

            assertThat(api.all(repo + "/diffstat/" + hash(commits, "An empty commit"))).isEmpty();
        }
    }

    private static JsonObject only(ApiClient api, String repo, List<JsonObject> commits, String message) {
        List<JsonObject> entries = api.all(repo + "/diffstat/" + hash(commits, message));
        assertThat(entries).as(message).hasSize(1);
        return entries.get(0);
    }

    private static String hash(List<JsonObject> commits, String messageStart) {
        return commits.stream().filter(c -> c.getString("message").startsWith(messageStart)).findFirst()
                .orElseThrow().getString("hash");
    }
}
