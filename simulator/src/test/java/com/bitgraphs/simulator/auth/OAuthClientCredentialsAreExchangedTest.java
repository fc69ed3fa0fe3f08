package com.bitgraphs.simulator.auth;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** An OAuth consumer's key and secret buy a bearer token that reads the workspace; wrong ones buy nothing. */
class OAuthClientCredentialsAreExchangedTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private Simulator simulator;

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void clientCredentialsGrantIssuesAWorkingTokenAndRefusesWrongSecrets() throws Exception {
        simulator = Simulator.start(SimulatorConfig.defaults().withWorkspace("oauth").withRepositories(List.of(FixtureRepository.get())));
        OAuthConsumers.Consumer consumer = simulator.oauthConsumer();

        HttpResponse<String> granted = exchange(consumer.key(), consumer.secret(), "client_credentials");
        HttpResponse<String> wrongSecret = exchange(consumer.key(), "not-the-secret", "client_credentials");
        HttpResponse<String> wrongGrant = exchange(consumer.key(), consumer.secret(), "password");

        assertThat(granted.statusCode()).isEqualTo(200);
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(granted.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/2.0/repositories/oauth"))
                .header("Authorization", "Bearer " + token.group(1)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(wrongSecret.statusCode()).isEqualTo(400);
        assertThat(wrongSecret.body()).contains("invalid_client");
        assertThat(wrongGrant.body()).contains("unsupported_grant_type");
    }

    private HttpResponse<String> exchange(String key, String secret, String grant) throws Exception {
        String basic = Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/site/oauth2/access_token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=" + grant)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
