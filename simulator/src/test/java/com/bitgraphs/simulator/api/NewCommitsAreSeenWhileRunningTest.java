package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.ApiClient;
import com.bitgraphs.simulator.fixtures.GitCommand;
import com.bitgraphs.simulator.fixtures.LiveRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commits made while the simulator runs appear in the very next {@code /commits} answer, and their authors among
 * the members.
 */
class NewCommitsAreSeenWhileRunningTest {

    @Test
    void newCommitsAndAuthorsAppear(@TempDir Path dir) {
        Path repo = dir.resolve("growing");
        GitCommand git = LiveRepository.create(repo);
        try (Simulator simulator = Simulator.start(SimulatorConfig.defaults().withRepositories(List.of(repo)))) {
            ApiClient api = new ApiClient(simulator.baseUrl(), simulator.token());
            String commits = "/2.0/repositories/demo/growing/commits";
            assertThat(api.all(commits)).hasSize(1);

            git.as("Neu Comer", "new@example.com", "2024-05-02T10:00:00+00:00")
                    .run("commit", "-q", "--allow-empty", "-m", "Arrives later");
            assertThat(api.all(commits)).extracting(c -> c.getString("message")).startsWith("Arrives later\n");
            awaitMember(api, "Neu Comer");
        }
    }

    /** Members are re-derived at most twice a second; wait out that window. */
    private static void awaitMember(ApiClient api, String name) {
        long deadline = System.currentTimeMillis() + 3000;
        while (System.currentTimeMillis() < deadline) {
            if (api.all("/2.0/workspaces/demo/members").stream()
                    .anyMatch(m -> m.getJsonObject("user").getString("display_name").equals(name))) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(name + " never became a member");
    }
}
