package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.connect.LifecycleResult;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resync catches what webhooks missed: after the newest commits are lost from the database, an
 * incremental sync started by the operator brings them back, and the numbers equal git's again.
 */
@ArquillianTest
class ResyncCatchesUpIT extends DeployedApplication {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private Simulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void incrementalSyncRestoresMissedCommits() throws Exception {
        simulator = SimulatedBitbucket.start("resync");
        LifecycleResult installed = simulator.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(installed.sharedSecret());
        UUID tenant = Registry.tenant(installed.clientKey()).orElseThrow().id();
        assertThat(PerDay.awaitSync(tenant)).isEqualTo("done");
        forgetNewestCommits(tenant, 3);
        assertThat(PerDay.stored(tenant)).isNotEqualTo(PerDay.git(FixtureRepository.get()));

        HttpResponse<String> started = sync("resync", true, System.getenv("BITGRAPHS_OPERATOR_KEY"));

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        assertThat(PerDay.awaitSync(tenant, Http.json(started).getJsonNumber("execution").longValue())).isEqualTo("done");
        assertThat(PerDay.stored(tenant)).isEqualTo(PerDay.git(FixtureRepository.get()));
        ConnectLifecycleIT.assertProblem(sync("resync", true, "wrong-key"), 401);
        ConnectLifecycleIT.assertProblem(sync("no-such-workspace", true, System.getenv("BITGRAPHS_OPERATOR_KEY")), 404);
    }

    private static void forgetNewestCommits(UUID tenant, int count) throws Exception {
        try (Connection owner = asOwner()) {
            owner.setAutoCommit(false);
            TenantTables.enter(owner, tenant);
            TenantTables.update(owner, """
                    delete from commit where hash in (select hash from commit order by authored_at desc limit ?)""", count);
            owner.commit();
        }
    }

    private static HttpResponse<String> sync(String workspace, boolean incremental, String key) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(app("/api/v1/operator/workspaces/" + workspace + "/sync?incremental=" + incremental))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
