package com.bitgraphs.simulator.faults;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.ApiClient;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Past the rolling-hour limit a workspace gets 429, with {@code Retry-After} when so configured and without it
 * otherwise; every call is counted per endpoint.
 */
class RateLimitAnswers429Test {
    private static final String REPO = "/2.0/repositories/demo/fixture";

    @Test
    void callsBeyondTheLimitGet429WithRetryAfter() {
        try (Simulator simulator = start(true)) {
            ApiClient api = new ApiClient(simulator.baseUrl(), simulator.token());
            for (int i = 0; i < 5; i++) {
                assertThat(api.get(REPO).statusCode()).isEqualTo(200);
            }
            var refused = api.get(REPO);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                    v -> assertThat(Integer.parseInt(v)).isBetween(1, 3601));
            assertThat(simulator.counters().of("/2.0/repositories/{workspace}/{repo_slug}")).isEqualTo(6);
            assertThat(api.json("/_simulator/calls").getJsonObject("endpoints")
                    .getInt("/2.0/repositories/{workspace}/{repo_slug}")).isEqualTo(6);
        }
    }

    @Test
    void retryAfterCanBeLeftOut() {
        try (Simulator simulator = start(false)) {
            ApiClient api = new ApiClient(simulator.baseUrl(), simulator.token());
            for (int i = 0; i < 5; i++) {
                api.get(REPO);
            }
            var refused = api.get(REPO);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isEmpty();
        }
    }

    private static Simulator start(boolean retryAfter) {
        FaultSettings faults = FaultSettings.defaults().merge(Json.createObjectBuilder()
                .add("rateLimitPerHour", 5).add("retryAfter", retryAfter).build());
        return Simulator.start(SimulatorConfig.defaults().withRepositories(List.of(FixtureRepository.get()))
                .withFaults(faults));
    }
}
