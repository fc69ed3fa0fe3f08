package com.bitgraphs.simulator.pullrequests;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.ApiClient;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Merge commits naming a pull request or a branch become MERGED pull requests, the file adds OPEN and DECLINED
 * ones, the list shows only OPEN ones unless states are asked for, and two simulators derive the same.
 */
class PullRequestsDerivedFromMergesTest {
    private static final String LIST = "/2.0/repositories/demo/fixture/pullrequests";

    @Test
    void mergesBecomeMergedPullRequests() {
        try (Simulator simulator = start()) {
            List<JsonObject> merged = new ApiClient(simulator.baseUrl(), simulator.token())
                    .all(LIST + "?state=MERGED");
            assertThat(merged).extracting(pr -> pr.getInt("id")).containsExactly(7, 1);
            JsonObject github = merged.get(0);
            assertThat(github.getString("title")).isEqualTo("Add the logo");
            assertThat(github.getJsonObject("source").getJsonObject("branch").getString("name")).isEqualTo("topic");
            assertThat(github.getJsonObject("destination").getJsonObject("branch").getString("name"))
                    .isEqualTo("main");
            assertThat(github.getJsonObject("merge_commit").getString("hash")).hasSize(40);
            JsonObject branch = merged.get(1);
            assertThat(branch.getJsonObject("source").getJsonObject("branch").getString("name"))
                    .isEqualTo("feature/login");
            assertThat(branch.getString("created_on")).isLessThan(branch.getString("updated_on"));
        }
    }

    @Test
    void listShowsOnlyOpenUnlessStatesAreRepeated() {
        try (Simulator simulator = start()) {
            ApiClient api = new ApiClient(simulator.baseUrl(), simulator.token());
            assertThat(api.all(LIST)).extracting(pr -> pr.getInt("id")).containsExactly(20);
            assertThat(api.all(LIST + "?state=OPEN&state=DECLINED&state=MERGED"))
                    .extracting(pr -> pr.getString("state")).containsExactly("DECLINED", "OPEN", "MERGED", "MERGED");
            JsonObject open = api.all(LIST).get(0);
            assertThat(open.getJsonArray("participants")).hasSize(2);
            assertThat(open.getInt("comment_count")).isEqualTo(3);
        }
    }

    @Test
    void sameRepositoryDerivesSamePullRequests() {
        String first;
        String second;
        try (Simulator simulator = start()) {
            first = new ApiClient(simulator.baseUrl(), simulator.token()).all(LIST + "?state=MERGED").toString();
        }
        try (Simulator simulator = start()) {
            second = new ApiClient(simulator.baseUrl(), simulator.token()).all(LIST + "?state=MERGED").toString();
        }
        assertThat(second.replaceAll("127\\.0\\.0\\.1:\\d+", "")).isEqualTo(first.replaceAll("127\\.0\\.0\\.1:\\d+", ""));
    }

    private static Simulator start() {
        return Simulator.start(SimulatorConfig.defaults().withRepositories(List.of(FixtureRepository.get())));
    }
}
