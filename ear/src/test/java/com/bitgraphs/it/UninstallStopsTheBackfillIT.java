package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.connect.LifecycleResult;
import com.bitgraphs.simulator.faults.FaultSettings;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uninstalling a workspace stops its running backfill: the chunks in flight end, no later step starts, and no
 * more calls reach Bitbucket for it.
 */
@ArquillianTest
class UninstallStopsTheBackfillIT extends DeployedApplication {

    private Simulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void uninstallStopsTheRunningBackfill() throws Exception {
        simulator = Simulator.start(SimulatorConfig.defaults()
                .withPort(Integer.getInteger("bitgraphs.it.simulator.port"))
                .withWorkspace("leaving")
                .withRepositories(List.of(FixtureRepository.get()))
                .withFaults(new FaultSettings(0, true, 0, List.of(500), 1.0, 300, 0, 65_000)));
        LifecycleResult installed = simulator.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(installed.sharedSecret());
        UUID tenant = Registry.tenant(installed.clientKey()).orElseThrow().id();
        awaitCalls(4);

        assertThat(simulator.uninstall("bitgraphs").appStatus()).isEqualTo(204);

        String state = PerDay.awaitSync(tenant);
        assertThat(state).startsWith("failed").contains("STOPPED");
        long calls = awaitQuiet();
        Thread.sleep(2_000);
        assertThat(callsOfWorkspace()).as("calls after the stop").isEqualTo(calls);
        assertThat(simulator.counters().of("/2.0/repositories/{workspace}/{repo_slug}/pullrequests")).as("later steps").isZero();
        assertThat(simulator.counters().of("/2.0/workspaces/{workspace}/members")).as("later steps").isZero();
    }

    /** Waits until the chunks in flight have ended: two seconds without a call. */
    private long awaitQuiet() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        long calls = callsOfWorkspace();
        while (System.currentTimeMillis() < deadline) {
            Thread.sleep(2_000);
            long now = callsOfWorkspace();
            if (now == calls) {
                return now;
            }
            calls = now;
        }
        return calls;
    }

    /** This workspace's calls only: other tests' tenants may knock at the same port while they give up. */
    private long callsOfWorkspace() {
        var workspaces = simulator.counters().toJson(false).getJsonObject("workspaces");
        return workspaces.containsKey("leaving") ? workspaces.getJsonNumber("leaving").longValue() : 0;
    }

    private void awaitCalls(long calls) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (callsOfWorkspace() < calls && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }
}
