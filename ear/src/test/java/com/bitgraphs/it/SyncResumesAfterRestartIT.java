package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.connect.LifecycleResult;
import com.bitgraphs.simulator.faults.FaultSettings;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backfill interrupted by the application going away mid-way (as a killed server leaves it: the sync
 * still marked running) resumes when the application comes back, and ends with git's numbers without reading
 * again the lines it had already read.
 */
@ArquillianTest
class SyncResumesAfterRestartIT {

    private static final String APP = "restartable";

    @ArquillianResource
    Deployer deployer;

    private Simulator simulator;

    @Deployment(name = APP, managed = false, testable = false)
    static EnterpriseArchive application() {
        return DeployedApplication.application();
    }

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
        deployer.undeploy(APP);
    }

    @Test
    void interruptedBackfillResumesAndEqualsGit() throws Exception {
        deployer.deploy(APP);
        simulator = Simulator.start(SimulatorConfig.defaults()
                .withPort(Integer.getInteger("bitgraphs.it.simulator.port"))
                .withWorkspace("restart")
                .withRepositories(List.of(FixtureRepository.get()))
                .withFaults(new FaultSettings(0, true, 0, List.of(500), 1.0, 400, 0, 65_000)));
        LifecycleResult installed = simulator.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(installed.sharedSecret());
        UUID tenant = Registry.tenant(installed.clientKey()).orElseThrow().id();
        PerDay.awaitLinesRead(tenant, 5);

        deployer.undeploy(APP);
        // What a killed server leaves behind: a sync that says it is running
        PerDay.update(tenant, "update tenant_sync set state = 'running', finished_at = null");
        long linesBefore = PerDay.linesRead(tenant);
        deployer.deploy(APP);

        assertThat(PerDay.awaitSync(tenant)).isEqualTo("done");
        assertThat(PerDay.stored(tenant)).isEqualTo(PerDay.git(FixtureRepository.get()));
        // Pages and lines read again after the restart are not counted twice by the reports' rollups
        assertThat(PerDay.rolledUp(tenant, "commit_day")).isEqualTo(PerDay.git(FixtureRepository.get()));
        assertThat(PerDay.rolledUp(tenant, "commit_quarter")).isEqualTo(PerDay.git(FixtureRepository.get()));
        long nonMerges = Git.lines(FixtureRepository.get(), "rev-list", "--branches", "--tags", "--no-merges").size();
        long diffstatCalls = simulator.counters().of("/2.0/repositories/{workspace}/{repo_slug}/diffstat/{spec}");
        assertThat(linesBefore).as("the first run was stopped while reading lines").isPositive().isLessThan(nonMerges);
        // Only the chunk in flight at the interruption (at most 10 commits) may be read twice; one commit has 2 pages
        assertThat(diffstatCalls).isLessThanOrEqualTo(nonMerges + 1 + 10);
    }
}
