package com.bitgraphs.simulator.webhooks;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.FakeApp;
import com.bitgraphs.simulator.fixtures.GitCommand;
import com.bitgraphs.simulator.fixtures.LiveRepository;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new branch is a push change with {@code created} and a null {@code old}; a deleted one has {@code closed} and a
 * null {@code new}; a branch reset to an unrelated commit is {@code forced}.
 */
class BranchCreationAndDeletionArePushesTest {

    @Test
    void createdClosedAndForcedChanges(@TempDir Path dir) throws Exception {
        Path repo = dir.resolve("branches");
        GitCommand git = LiveRepository.create(repo);
        git.run("commit", "-q", "--allow-empty", "-m", "Second");
        try (FakeApp app = new FakeApp(); Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withRepositories(List.of(repo)).withWatchInterval(Duration.ofMillis(200)))) {
            simulator.install(app.descriptorUrl());
            app.next(5);

            git.run("branch", "topic");
            JsonObject created = change(app);
            assertThat(created.getBoolean("created")).isTrue();
            assertThat(created.get("old")).isEqualTo(JsonValue.NULL);
            assertThat(created.getJsonObject("new").getString("name")).isEqualTo("topic");
            assertThat(created.getJsonArray("commits")).isEmpty();

            git.run("branch", "-D", "topic");
            JsonObject closed = change(app);
            assertThat(closed.getBoolean("closed")).isTrue();
            assertThat(closed.get("new")).isEqualTo(JsonValue.NULL);

            git.run("reset", "-q", "--hard", "HEAD~1");
            JsonObject forced = change(app);
            assertThat(forced.getBoolean("forced")).isTrue();
        }
    }

    private static JsonObject change(FakeApp app) throws InterruptedException {
        FakeApp.Received push = app.next(10);
        assertThat(push).isNotNull();
        return push.body().getJsonObject("data").getJsonObject("push").getJsonArray("changes").getJsonObject(0);
    }
}
