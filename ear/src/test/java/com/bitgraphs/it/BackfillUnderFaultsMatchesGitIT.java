package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.connect.LifecycleResult;
import com.bitgraphs.simulator.faults.FaultSettings;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A storm of 429s (without Retry-After), 5xx and slow answers slows the backfill but neither fails it nor
 * loses or repeats a page: it ends with git's numbers, each page served once.
 */
@ArquillianTest
class BackfillUnderFaultsMatchesGitIT extends DeployedApplication {

    private Simulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void backfillThroughFaultsEqualsGit() throws Exception {
        simulator = Simulator.start(SimulatorConfig.defaults()
                .withPort(Integer.getInteger("bitgraphs.it.simulator.port"))
                .withWorkspace("stormy")
                .withRepositories(List.of(FixtureRepository.get()))
                .withSeed(5)
                .withFaults(new FaultSettings(0, false, 0.3, List.of(429, 429, 502, 503), 0.05, 200, 0, 65_000)));

        LifecycleResult installed = simulator.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(installed.sharedSecret());
        UUID tenant = Registry.tenant(installed.clientKey()).orElseThrow().id();

        assertThat(PerDay.awaitSync(tenant)).isEqualTo("done");
        assertThat(PerDay.stored(tenant)).isEqualTo(PerDay.git(FixtureRepository.get()));
        JsonObject counters = simulator.counters().toJson(true);
        assertThat(counters.getJsonObject("statuses").keySet()).as("faults were injected").contains("429", "200")
                .anySatisfy(status -> assertThat(status).startsWith("5"));
        assertThat(counters.getJsonObject("served").values()).as("each page served once")
                .allSatisfy(count -> assertThat(count.toString()).isEqualTo("1"));
        assertThat(counters.getJsonObject("methods").keySet()).containsExactly("GET");
    }
}
