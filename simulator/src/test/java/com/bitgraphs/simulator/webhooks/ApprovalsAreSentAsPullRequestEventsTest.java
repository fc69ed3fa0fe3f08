package com.bitgraphs.simulator.webhooks;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.FakeApp;
import com.bitgraphs.simulator.fixtures.GitCommand;
import com.bitgraphs.simulator.fixtures.LiveRepository;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pull request added to the pull-request file arrives as {@code pullrequest:created}; a reviewer's approval added
 * later arrives as {@code pullrequest:approved} naming the approver.
 */
class ApprovalsAreSentAsPullRequestEventsTest {
    private static final String OPEN = """
            {"pullrequests": [{"id": 3, "title": "Try it", "state": "OPEN", "author": "ann@example.com",
              "source": "main", "created_on": "2024-05-03T10:00:00+00:00", "reviewers": ["bob@example.com"]%s}]}
            """;

    @Test
    void createdThenApproved(@TempDir Path dir) throws Exception {
        Path repo = dir.resolve("reviewed");
        GitCommand git = LiveRepository.create(repo);
        git.as("Bob Jones", "bob@example.com", "2024-05-02T10:00:00+00:00")
                .run("commit", "-q", "--allow-empty", "-m", "Bob was here");
        try (FakeApp app = new FakeApp(); Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withRepositories(List.of(repo)).withWatchInterval(Duration.ofMillis(200)))) {
            simulator.install(app.descriptorUrl());
            app.next(5);

            Files.writeString(repo.resolve("bitgraphs-pullrequests.json"), OPEN.formatted(""));
            assertThat(app.next(10).header("X-Event-Key")).isEqualTo("pullrequest:created");

            Files.writeString(repo.resolve("bitgraphs-pullrequests.json"), OPEN.formatted(
                    ", \"approved_by\": [\"bob@example.com\"], \"updated_on\": \"2024-05-04T10:00:00+00:00\""));
            FakeApp.Received approved = app.next(10);
            assertThat(approved.header("X-Event-Key")).isEqualTo("pullrequest:approved");
            JsonObject approval = approved.body().getJsonObject("data").getJsonObject("approval");
            assertThat(approval.getJsonObject("user").getString("display_name")).isEqualTo("Bob Jones");
            assertThat(approval.getString("date")).isEqualTo("2024-05-04T10:00:00+00:00");
        }
    }
}
