package com.bitgraphs.simulator.webhooks;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.auth.QueryStringHash;
import com.bitgraphs.simulator.connect.LifecycleResult;
import com.bitgraphs.simulator.fixtures.FakeApp;
import com.bitgraphs.simulator.fixtures.GitCommand;
import com.bitgraphs.simulator.fixtures.Jwts;
import com.bitgraphs.simulator.fixtures.LiveRepository;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * New commits in a served repository reach a subscribed app as a signed, Connect-wrapped {@code repo:push} with
 * Bitbucket's headers and at most 5 commits, {@code truncated} when there were more.
 */
class PushesAreDeliveredAsWebhooksTest {

    @Test
    void newCommitsArriveAsTruncatedPush(@TempDir Path dir) throws Exception {
        Path repo = dir.resolve("live");
        GitCommand git = LiveRepository.create(repo);
        String root = git.run("rev-parse", "HEAD").strip();
        try (FakeApp app = new FakeApp(); Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withRepositories(List.of(repo)).withWatchInterval(Duration.ofMillis(200)))) {
            LifecycleResult installed = simulator.install(app.descriptorUrl());
            app.next(5);
            // Commit on a detached HEAD, which no watcher sees, then move main in one step: one push of 7
            git.run("checkout", "-q", "--detach");
            for (int i = 1; i <= 7; i++) {
                git.run("commit", "-q", "--allow-empty", "-m", "Change " + i);
            }
            String tip = git.run("rev-parse", "HEAD").strip();
            git.run("update-ref", "refs/heads/main", tip);

            FakeApp.Received push = app.next(10);
            assertThat(push.header("X-Event-Key")).isEqualTo("repo:push");
            assertThat(push.header("X-Attempt-Number")).isEqualTo("1");
            assertThat(push.header("X-Hook-UUID")).isNotBlank();
            assertThat(push.header("X-Request-UUID")).isNotBlank();
            assertThat(Jwts.verify(push.header("Authorization").substring(4), installed.sharedSecret())
                    .getStringClaimValue("qsh")).isEqualTo(QueryStringHash.of("POST&/webhook&"));
            assertThat(push.body().getString("event")).isEqualTo("repo:push");
            JsonObject change = push.body().getJsonObject("data").getJsonObject("push").getJsonArray("changes")
                    .getJsonObject(0);
            assertThat(change.getBoolean("truncated")).isTrue();
            assertThat(change.getBoolean("created")).isFalse();
            assertThat(change.getBoolean("forced")).isFalse();
            assertThat(change.getJsonArray("commits")).hasSize(5);
            assertThat(change.getJsonObject("old").getJsonObject("target").getString("hash")).isEqualTo(root);
            assertThat(change.getJsonObject("new").getJsonObject("target").getString("hash")).isEqualTo(tip);
            assertThat(change.getJsonArray("commits").getJsonObject(0).getString("hash")).isEqualTo(tip);
        }
    }
}
