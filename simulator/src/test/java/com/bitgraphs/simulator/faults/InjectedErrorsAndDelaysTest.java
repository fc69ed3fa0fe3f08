package com.bitgraphs.simulator.faults;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.ApiClient;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults switched on through the admin API apply to the next calls: server errors from the configured statuses,
 * slow answers, and answers that hang past a client's timeout; the same seed gives the same faults.
 */
class InjectedErrorsAndDelaysTest {
    private static final String REPO = "/2.0/repositories/demo/fixture";

    @Test
    void errorRateOneAnswersConfiguredStatuses() throws Exception {
        try (Simulator simulator = start()) {
            ApiClient api = new ApiClient(simulator.baseUrl(), simulator.token());
            admin(simulator, "{\"errorRate\": 1.0, \"errorStatuses\": [502, 503]}");
            for (int i = 0; i < 10; i++) {
                assertThat(api.get(REPO).statusCode()).isIn(502, 503);
            }
            admin(simulator, "{\"errorRate\": 0}");
            assertThat(api.get(REPO).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void slowAndHangingAnswersAreDelayed() throws Exception {
        try (Simulator simulator = start()) {
            ApiClient api = new ApiClient(simulator.baseUrl(), simulator.token());
            admin(simulator, "{\"slowRate\": 1.0, \"slowMillis\": 300}");
            long start = System.nanoTime();
            assertThat(api.get(REPO).statusCode()).isEqualTo(200);
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);

            admin(simulator, "{\"slowRate\": 0, \"timeoutRate\": 1.0, \"timeoutMillis\": 2000}");
            HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + REPO))
                    .header("Authorization", "Bearer " + simulator.token())
                    .timeout(Duration.ofMillis(500)).build();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(HttpTimeoutException.class);
        }
    }

    private static Simulator start() {
        return Simulator.start(SimulatorConfig.defaults().withRepositories(List.of(FixtureRepository.get())));
    }

    private static void admin(Simulator simulator, String json) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(simulator.baseUrl() + "/_simulator/faults"))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
