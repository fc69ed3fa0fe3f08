package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.FixtureRepository;

import java.util.List;

/**
 * The Bitbucket simulator for integration tests, on the port the server's allow-list names, serving the
 * fixture repository in a workspace of the test's choosing.
 */
final class SimulatedBitbucket {

    private SimulatedBitbucket() {
    }

    static Simulator start(String workspace) {
        return Simulator.start(SimulatorConfig.defaults()
                .withPort(Integer.getInteger("bitgraphs.it.simulator.port"))
                .withWorkspace(workspace)
                .withRepositories(List.of(FixtureRepository.get())));
    }

    static String descriptorUrl() {
        return DeployedApplication.app("/atlassian-connect.json").toString();
    }
}
