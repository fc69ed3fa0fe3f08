package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.auth.OAuthConsumers;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import jakarta.json.Json;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token door with an OAuth consumer: wrong consumer credentials store nothing; right ones register the
 * workspace, and its backfill reads through tokens obtained with the client-credentials grant.
 */
@ArquillianTest
class TokenDoorWithOAuthConsumerIT extends DeployedApplication {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private Simulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void consumerCredentialsRegisterTheWorkspaceAndFeedItsBackfill() throws Exception {
        simulator = SimulatedBitbucket.start("oauthws");
        OAuthConsumers.Consumer consumer = simulator.oauthConsumer();
        UsedSecrets.add(consumer.secret());

        HttpResponse<String> refused = register(consumer.key(), UsedSecrets.add("wrong-" + UUID.randomUUID()));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(Registry.tenant("token:oauthws")).isEmpty();

        HttpResponse<String> registered = register(consumer.key(), consumer.secret());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        UsedSecrets.add(Http.json(registered).getString("webhook_secret"));
        UUID tenant = Registry.tenant("token:oauthws").orElseThrow().id();

        assertThat(PerDay.awaitSync(tenant)).isEqualTo("done");
        assertThat(PerDay.stored(tenant)).isEqualTo(PerDay.git(FixtureRepository.get()));
    }

    private HttpResponse<String> register(String key, String secret) throws Exception {
        String body = Json.createObjectBuilder().add("workspace", "oauthws").add("baseApiUrl", simulator.baseUrl())
                .add("oauth", Json.createObjectBuilder().add("key", key).add("secret", secret)).build().toString();
        return HTTP.send(HttpRequest.newBuilder(app("/api/v1/operator/workspaces")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + System.getenv("BITGRAPHS_OPERATOR_KEY"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
