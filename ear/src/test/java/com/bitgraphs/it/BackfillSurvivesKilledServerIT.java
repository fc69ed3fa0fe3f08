package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.connect.LifecycleResult;
import com.bitgraphs.simulator.faults.FaultSettings;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server is killed with SIGKILL in the middle of a backfill (no shutdown hook, no cleanup), started again with
 * the same command line, and the backfill resumes by itself and ends with exactly git's numbers, reading again at
 * most the chunk that was in flight. Runs near the end: it replaces the server process the suite started.
 */
@ArquillianTest
@Order(Integer.MAX_VALUE - 1)
class BackfillSurvivesKilledServerIT extends DeployedApplication {

    private Simulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void killedMidBackfillTheServerResumesAndEndsEqualToGit() throws Exception {
        simulator = Simulator.start(SimulatorConfig.defaults()
                .withPort(Integer.getInteger("bitgraphs.it.simulator.port"))
                .withWorkspace("killed")
                .withRepositories(List.of(FixtureRepository.get()))
                // every answer slowed by 400 ms, so the kill lands mid-way through the lines
                .withFaults(new FaultSettings(0, true, 0, List.of(500), 1.0, 400, 0, 65_000)));
        LifecycleResult installed = simulator.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(installed.sharedSecret());
        UUID tenant = Registry.tenant(installed.clientKey()).orElseThrow().id();
        PerDay.awaitLinesRead(tenant, 5);

        ProcessHandle server = serverProcess();
        List<String> command = new ArrayList<>();
        command.add(server.info().command().orElseThrow());
        command.addAll(List.of(server.info().arguments().orElseThrow()));
        server.destroyForcibly();
        server.onExit().get(60, TimeUnit.SECONDS);
        long linesBefore = PerDay.linesRead(tenant);
        assertThat(PerDay.query(tenant, "select state from tenant_sync")).as("a killed server cleans nothing up").containsExactly("running");

        simulator.faults().update(FaultSettings.defaults());
        Process restarted = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // Arquillian stops only the process it started; this one goes when the test JVM does, gracefully (SIGTERM)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            restarted.destroy();
            try {
                restarted.waitFor(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        awaitDeployed();

        assertThat(PerDay.awaitSync(tenant)).isEqualTo("done");
        assertThat(PerDay.stored(tenant)).isEqualTo(PerDay.git(FixtureRepository.get()));
        long nonMerges = Git.lines(FixtureRepository.get(), "rev-list", "--branches", "--tags", "--no-merges").size();
        assertThat(linesBefore).as("the kill landed while lines were being read").isPositive().isLessThan(nonMerges);
        long diffstatCalls = simulator.counters().of("/2.0/repositories/{workspace}/{repo_slug}/diffstat/{spec}");
        // at most the chunk in flight (10 commits) is read twice; one fixture commit has two diffstat pages
        assertThat(diffstatCalls).isLessThanOrEqualTo(nonMerges + 1 + 10);
    }

    /** The WildFly the suite started: the java process whose command line names the integration tests' base dir. */
    private static ProcessHandle serverProcess() {
        String base = "-Djboss.server.base.dir=" + System.getProperty("bitgraphs.it.server.base");
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(args -> List.of(args).contains(base)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no server process with " + base));
    }

    private static void awaitDeployed() throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> descriptor = Http.get(app("/atlassian-connect.json"));
                if (descriptor.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the restarted server did not deploy the application in time");
    }
}
