package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.connect.LifecycleResult;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the backfill, commits pushed to the repository (more than the five a push webhook carries, on an
 * existing branch and on a new one) reach Bitgraphs through the simulator's signed {@code repo:push}, and
 * the stored commits and lines per day equal git's again; so they do after a forced push and a deleted branch.
 */
@ArquillianTest
class PushedCommitsArriveByWebhookIT extends DeployedApplication {

    private Simulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void pushedCommitsAreStoredWithTheirLines() throws Exception {
        Path repository = copyOfFixture();
        simulator = Simulator.start(SimulatorConfig.defaults()
                .withPort(Integer.getInteger("bitgraphs.it.simulator.port"))
                .withWorkspace("pushes")
                .withRepositories(List.of(repository)));
        LifecycleResult installed = simulator.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(installed.sharedSecret());
        UUID tenant = Registry.tenant(installed.clientKey()).orElseThrow().id();
        assertThat(PerDay.awaitSync(tenant)).isEqualTo("done");

        for (int i = 1; i <= 7; i++) {
            commit(repository, "pushed-" + i + ".txt", "line\n".repeat(i), "2026-03-0" + (i % 3 + 1) + "T10:0" + i + ":00+02:00");
        }
        git(repository, "checkout", "-q", "-b", "fresh-branch");
        commit(repository, "fresh.txt", "a\nb\nc\n", "2026-03-05T23:30:00-05:00");
        git(repository, "checkout", "-q", "main");

        PerDay expected = PerDay.git(repository);
        long deadline = System.currentTimeMillis() + 60_000;
        PerDay stored = PerDay.stored(tenant);
        while (!stored.equals(expected) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            stored = PerDay.stored(tenant);
        }
        assertThat(stored.commits()).isEqualTo(expected.commits());
        assertThat(stored.lines()).isEqualTo(expected.lines());
        assertThat(PerDay.query(tenant, "select count(*)::text from webhook_delivery where event_key = 'repo:push' and state = 'PROCESSED'"))
                .isNotEqualTo(List.of("0"));

        // History rewritten: main forced back three commits with a new one on top, and the fresh branch deleted
        git(repository, "reset", "-q", "--hard", "HEAD~3");
        commit(repository, "rewritten.txt", "x\ny\n", "2026-03-09T08:00:00+00:00");
        git(repository, "branch", "-q", "-D", "fresh-branch");
        PerDay rewritten = PerDay.git(repository);
        assertThat(awaitStored(tenant, rewritten)).isEqualTo(rewritten);
        // The reports' rollups followed every push and the forgotten commits
        assertThat(PerDay.rolledUp(tenant, "commit_day")).isEqualTo(rewritten);
        assertThat(PerDay.rolledUp(tenant, "commit_quarter")).isEqualTo(rewritten);
    }

    private static PerDay awaitStored(UUID tenant, PerDay expected) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        PerDay stored = PerDay.stored(tenant);
        while (!stored.equals(expected) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            stored = PerDay.stored(tenant);
        }
        return stored;
    }

    private static Path copyOfFixture() throws Exception {
        Path copy = Files.createTempDirectory("bitgraphs-it-pushes").resolve("pushed");
        Process cp = new ProcessBuilder("cp", "-a", FixtureRepository.get().toString(), copy.toString()).inheritIO().start();
        assertThat(cp.waitFor()).isZero();
        return copy;
    }

    private static void commit(Path repository, String file, String content, String date) throws Exception {
        Files.writeString(repository.resolve(file), content);
        git(repository, "add", file);
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString(), "commit", "-q", "-m", "Add " + file));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(Map.of("GIT_AUTHOR_NAME", "Pusher Person", "GIT_AUTHOR_EMAIL", "pusher@example.com",
                "GIT_COMMITTER_NAME", "Pusher Person", "GIT_COMMITTER_EMAIL", "pusher@example.com",
                "GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date));
        assertThat(builder.start().waitFor()).isZero();
    }

    private static void git(Path repository, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(List.of(args));
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
    }
}
