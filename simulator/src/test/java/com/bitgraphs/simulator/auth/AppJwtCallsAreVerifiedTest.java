package com.bitgraphs.simulator.auth;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.connect.LifecycleResult;
import com.bitgraphs.simulator.fixtures.ApiClient;
import com.bitgraphs.simulator.fixtures.FakeApp;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import com.bitgraphs.simulator.fixtures.Jwts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installed app's JWT opens the API when signed with its current secret and carrying the request's qsh; an old
 * secret, another request's qsh, an unknown clientKey, another issuer, an expired or an unsigned token get 401.
 */
class AppJwtCallsAreVerifiedTest {

    @Test
    void onlyTheCurrentSecretAndTheRightQshAreAccepted() {
        try (FakeApp app = new FakeApp(); Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withRepositories(List.of(FixtureRepository.get())))) {
            LifecycleResult first = simulator.install(app.descriptorUrl());
            LifecycleResult second = simulator.install(app.descriptorUrl());
            ApiClient api = new ApiClient(simulator.baseUrl(), simulator.token());
            String path = "/2.0/repositories/demo/fixture/commits";
            String query = "?include=main&pagelen=5";
            String qsh = QueryStringHash.of("GET&" + path + "&include=main&pagelen=5");

            String good = Jwts.appToken("bitgraphs-test", second.clientKey(), second.sharedSecret(), qsh);
            assertThat(api.send("GET", path + query, "JWT " + good).statusCode()).isEqualTo(200);

            String oldSecret = Jwts.appToken("bitgraphs-test", first.clientKey(), first.sharedSecret(), qsh);
            assertThat(api.send("GET", path + query, "JWT " + oldSecret).statusCode()).isEqualTo(401);
            assertThat(api.send("GET", path + "?pagelen=6", "JWT " + good).statusCode()).isEqualTo(401);
            String stranger = Jwts.appToken("bitgraphs-test", "someone-else", second.sharedSecret(), qsh);
            assertThat(api.send("GET", path + query, "JWT " + stranger).statusCode()).isEqualTo(401);
            String wrongIssuer = Jwts.appToken("other-app", second.clientKey(), second.sharedSecret(), qsh);
            assertThat(api.send("GET", path + query, "JWT " + wrongIssuer).statusCode()).isEqualTo(401);
            String expired = Jwts.appToken("bitgraphs-test", second.clientKey(), second.sharedSecret(), qsh, -600);
            assertThat(api.send("GET", path + query, "JWT " + expired).statusCode()).isEqualTo(401);
            String unsigned = Jwts.unsigned("bitgraphs-test", second.clientKey(), qsh);
            assertThat(api.send("GET", path + query, "JWT " + unsigned).statusCode()).isEqualTo(401);
        }
    }
}
