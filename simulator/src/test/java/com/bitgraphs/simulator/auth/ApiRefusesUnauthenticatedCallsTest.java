package com.bitgraphs.simulator.auth;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.ApiClient;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without valid credentials the API answers 401 in Bitbucket's error shape; with a bearer token it answers; any
 * method but GET is 405.
 */
class ApiRefusesUnauthenticatedCallsTest {
    private static final String REPO = "/2.0/repositories/demo/fixture";

    @Test
    void missingUnknownOrMalformedCredentialsGet401() {
        try (Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withRepositories(List.of(FixtureRepository.get())))) {
            ApiClient api = new ApiClient(simulator.baseUrl(), simulator.token());
            for (String header : new String[]{null, "Bearer nope", "Basic YTpi", "JWT not.a.jwt",
                    "JWT " + new JwtSigner(Clock.systemUTC()).sign("secret", "app", "someone", "x")}) {
                var response = api.send("GET", REPO, header);
                assertThat(response.statusCode()).as(String.valueOf(header)).isEqualTo(401);
                assertThat(response.body()).contains("\"type\":\"error\"");
            }
            assertThat(api.send("GET", REPO, "Bearer " + simulator.token()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void otherMethodsThanGetAre405() {
        try (Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withRepositories(List.of(FixtureRepository.get())))) {
            ApiClient api = new ApiClient(simulator.baseUrl(), simulator.token());
            for (String method : new String[]{"POST", "PUT", "DELETE", "PATCH"}) {
                assertThat(api.send(method, REPO, "Bearer " + simulator.token()).statusCode()).isEqualTo(405);
            }
        }
    }
}
