package com.bitgraphs.simulator.webhooks;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.FakeApp;
import com.bitgraphs.simulator.fixtures.GitCommand;
import com.bitgraphs.simulator.fixtures.LiveRepository;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merge commit naming a branch, pushed while the simulator runs, reaches a subscribed app as
 * {@code pullrequest:fulfilled} with the MERGED pull request, beside the {@code repo:push}.
 */
class MergedBranchArrivesAsFulfilledPullRequestTest {

    @Test
    void mergeRaisesFulfilled(@TempDir Path dir) throws Exception {
        Path repo = dir.resolve("merging");
        GitCommand git = LiveRepository.create(repo);
        git.run("checkout", "-q", "-b", "feature/x");
        git.run("commit", "-q", "--allow-empty", "-m", "Work");
        git.run("checkout", "-q", "main");
        try (FakeApp app = new FakeApp(); Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withRepositories(List.of(repo)).withWatchInterval(Duration.ofMillis(200)))) {
            simulator.install(app.descriptorUrl());
            app.next(5);
            git.run("merge", "-q", "--no-ff", "-m", "Merge branch 'feature/x'", "feature/x");

            List<FakeApp.Received> got = new ArrayList<>();
            while (got.size() < 2) {
                FakeApp.Received next = app.next(10);
                if (next == null) {
                    break;
                }
                got.add(next);
            }
            FakeApp.Received fulfilled = got.stream()
                    .filter(r -> "pullrequest:fulfilled".equals(r.header("X-Event-Key"))).findFirst().orElseThrow();
            JsonObject pullRequest = fulfilled.body().getJsonObject("data").getJsonObject("pullrequest");
            assertThat(pullRequest.getString("state")).isEqualTo("MERGED");
            assertThat(pullRequest.getJsonObject("source").getJsonObject("branch").getString("name"))
                    .isEqualTo("feature/x");
            assertThat(fulfilled.body().getJsonObject("data").getJsonObject("repository").getString("name"))
                    .isEqualTo("merging");
        }
    }
}
