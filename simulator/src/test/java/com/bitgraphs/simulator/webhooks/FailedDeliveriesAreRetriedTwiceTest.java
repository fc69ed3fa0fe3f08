package com.bitgraphs.simulator.webhooks;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.FakeApp;
import com.bitgraphs.simulator.fixtures.GitCommand;
import com.bitgraphs.simulator.fixtures.LiveRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An app answering 5xx gets the same delivery twice more, right away, numbered by {@code X-Attempt-Number} and with
 * the same {@code X-Request-UUID}; then no more.
 */
class FailedDeliveriesAreRetriedTwiceTest {

    @Test
    void serverErrorsAreRetriedTwice(@TempDir Path dir) throws Exception {
        Path repo = dir.resolve("retried");
        GitCommand git = LiveRepository.create(repo);
        try (FakeApp app = new FakeApp(); Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withRepositories(List.of(repo)).withWatchInterval(Duration.ofMillis(200)))) {
            simulator.install(app.descriptorUrl());
            app.next(5);
            app.answer(503);
            git.run("commit", "-q", "--allow-empty", "-m", "Change");

            List<FakeApp.Received> got = new ArrayList<>();
            for (FakeApp.Received next = app.next(10); next != null; next = app.next(2)) {
                got.add(next);
            }
            assertThat(got).extracting(r -> r.header("X-Event-Key")).containsOnly("repo:push");
            assertThat(got).extracting(r -> r.header("X-Attempt-Number")).containsExactly("1", "2", "3");
            assertThat(got).extracting(r -> r.header("X-Request-UUID")).containsOnly(got.get(0).header("X-Request-UUID"));
        }
    }
}
