package com.bitgraphs.simulator.admin;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.ApiClient;
import com.bitgraphs.simulator.fixtures.FakeApp;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over HTTP alone, a test or the demo can install, uninstall and reinstall an app, issue a token, and read and
 * reset the call counters.
 */
class AdminApiDrivesTheSimulatorTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void lifecycleTokensAndCountersAreReachableOverHttp() throws Exception {
        try (FakeApp app = new FakeApp(); Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withRepositories(List.of(FixtureRepository.get())))) {
            String admin = simulator.baseUrl() + "/_simulator";
            JsonObject installed = post(admin + "/connect/install", "{\"descriptorUrl\":\"" + app.descriptorUrl() + "\"}");
            assertThat(installed.getString("signing")).isEqualTo("none");
            assertThat(installed.getInt("appStatus")).isEqualTo(200);
            assertThat(post(admin + "/connect/uninstall", "{\"key\":\"bitgraphs-test\"}").getString("eventType"))
                    .isEqualTo("uninstalled");
            assertThat(post(admin + "/connect/reinstall", "{\"key\":\"bitgraphs-test\"}").getString("signing"))
                    .isEqualTo("previous");
            assertThat(get(admin + "/connect/installations").getJsonArray("installations")).hasSize(1);

            String token = post(admin + "/tokens", "{\"workspace\":\"demo\"}").getString("token");
            ApiClient api = new ApiClient(simulator.baseUrl(), token);
            api.json("/2.0/repositories/demo");
            api.json("/2.0/repositories/demo/fixture");
            JsonObject calls = get(admin + "/calls");
            assertThat(calls.getInt("total")).isEqualTo(2);
            assertThat(calls.getJsonObject("workspaces").getInt("demo")).isEqualTo(2);
            assertThat(calls.getJsonObject("methods").getInt("GET")).isEqualTo(2);
            assertThat(get(admin + "/calls?detail=served").getJsonObject("served").keySet())
                    .containsExactlyInAnyOrder("/2.0/repositories/demo", "/2.0/repositories/demo/fixture");
            http.send(HttpRequest.newBuilder(URI.create(admin + "/calls")).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(get(admin + "/calls").getInt("total")).isZero();
            assertThat(post(admin + "/connect/install", "{\"descriptorUrl\":\"" + app.baseUrl() + "/nothing\"}")
                    .getJsonObject("error").getString("message")).contains("is not valid");
        }
    }

    private JsonObject post(String url, String body) throws Exception {
        return ApiClient.parse(http.send(HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonObject get(String url) throws Exception {
        return ApiClient.parse(http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }
}
