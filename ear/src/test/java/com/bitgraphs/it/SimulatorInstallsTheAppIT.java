package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.connect.LifecycleResult;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bitbucket's side played by the simulator: it reads the descriptor, installs unsigned, uninstalls signed,
 * and reinstalls signed with the previous secret; the tenant and its data survive the round trip.
 */
@ArquillianTest
class SimulatorInstallsTheAppIT extends DeployedApplication {

    private Simulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void installUninstallAndReinstallWithThePreviousSecretKeepTheTenantAndItsData() throws Exception {
        simulator = SimulatedBitbucket.start("connectws");

        LifecycleResult installed = simulator.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(installed.sharedSecret());
        assertThat(installed.appStatus()).isEqualTo(204);
        Registry.Row tenant = Registry.tenant(installed.clientKey()).orElseThrow();
        assertThat(tenant.workspaceSlug()).isEqualTo("connectws");
        String kept = "kept-" + UUID.randomUUID().toString().substring(0, 8);
        TenantData.addRepository(tenant.id(), kept);

        LifecycleResult uninstalled = simulator.uninstall("bitgraphs");
        assertThat(uninstalled.appStatus()).isEqualTo(204);
        assertThat(Registry.tenant(installed.clientKey()).orElseThrow().state()).isEqualTo("UNINSTALLED");

        LifecycleResult reinstalled = simulator.reinstall("bitgraphs");
        UsedSecrets.add(reinstalled.sharedSecret());
        assertThat(reinstalled.appStatus()).isEqualTo(204);
        Registry.Row restored = Registry.tenant(installed.clientKey()).orElseThrow();
        assertThat(restored.id()).isEqualTo(tenant.id());
        assertThat(restored.state()).isEqualTo("INSTALLED");
        assertThat(TenantData.repositories(tenant.id())).contains(kept);
    }
}
