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
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two workspaces installed at once, each behind its own Bitbucket, backfill side by side on the same server and
 * each ends with exactly what it gets alone: its git's numbers, its own commits only, and its own API calls.
 */
@ArquillianTest
class TwoTenantsBackfillSideBySideIT extends DeployedApplication {

    private Simulator first;
    private Simulator second;

    @AfterEach
    void stop() {
        for (Simulator simulator : new Simulator[] {first, second}) {
            if (simulator != null) {
                simulator.close();
            }
        }
    }

    @Test
    void concurrentBackfillsEachEqualTheirOwnGit() throws Exception {
        Path fixture = FixtureRepository.get();
        Path other = otherRepository();
        first = SimulatedBitbucket.start("side-a");
        second = Simulator.start(SimulatorConfig.defaults().withPort(Integer.getInteger("bitgraphs.it.simulator2.port"))
                .withWorkspace("side-b").withRepositories(List.of(other)));

        LifecycleResult a = first.install(SimulatedBitbucket.descriptorUrl());
        LifecycleResult b = second.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(a.sharedSecret());
        UsedSecrets.add(b.sharedSecret());
        UUID tenantA = Registry.tenant(a.clientKey()).orElseThrow().id();
        UUID tenantB = Registry.tenant(b.clientKey()).orElseThrow().id();

        assertThat(PerDay.awaitSync(tenantA)).isEqualTo("done");
        assertThat(PerDay.awaitSync(tenantB)).isEqualTo("done");
        assertThat(PerDay.stored(tenantA)).isEqualTo(PerDay.git(fixture));
        assertThat(PerDay.stored(tenantB)).isEqualTo(PerDay.git(other));
        assertThat(PerDay.query(tenantA, "select hash from commit order by hash"))
                .containsExactlyElementsOf(Git.lines(fixture, "rev-list", "--branches", "--tags").stream().sorted().toList());
        assertThat(PerDay.query(tenantB, "select hash from commit order by hash"))
                .containsExactlyElementsOf(Git.lines(other, "rev-list", "--branches", "--tags").stream().sorted().toList());
        assertThat(first.counters().total()).isEqualTo(BackfillMatchesGitIT.expectedCalls(fixture));
        assertThat(second.counters().total()).isEqualTo(BackfillMatchesGitIT.expectedCalls(other));
    }

    /** A history unlike the fixture's: other authors, days and files, a branch merged back. */
    private static Path otherRepository() throws Exception {
        Path repository = Files.createTempDirectory("side-b").resolve("other");
        Files.createDirectories(repository);
        Git.lines(repository, "init", "-q", "-b", "main");
        for (int i = 0; i < 24; i++) {
            if (i == 12) {
                Git.lines(repository, "checkout", "-q", "-b", "topic");
            }
            Files.writeString(repository.resolve("file-" + (i % 5) + ".txt"), ("row " + i + "\n").repeat(i + 1));
            Git.lines(repository, "add", ".");
            String date = "2025-0" + (1 + i % 9) + "-1" + (i % 10) + "T0" + (i % 10) + ":15:00+05:30";
            Git.lines(repository, "-c", "user.name=Author " + (i % 3), "-c", "user.email=author" + (i % 3) + "@side-b.example",
                    "commit", "-q", "-m", "change " + i, "--date", date);
        }
        Git.lines(repository, "checkout", "-q", "main");
        Git.lines(repository, "-c", "user.name=Author 0", "-c", "user.email=author0@side-b.example",
                "merge", "-q", "--no-ff", "-m", "merge topic", "topic");
        return repository;
    }
}
