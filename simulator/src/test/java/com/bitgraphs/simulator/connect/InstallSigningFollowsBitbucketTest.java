package com.bitgraphs.simulator.connect;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.auth.QueryStringHash;
import com.bitgraphs.simulator.fixtures.FakeApp;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import com.bitgraphs.simulator.fixtures.Jwts;
import jakarta.json.JsonObject;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The signing table of Bitbucket's lifecycle: first install unsigned, a later install signed with the current
 * secret, uninstall signed with the current secret, the install after an uninstall signed with the previous one;
 * each install brings a new secret and a real qsh.
 */
class InstallSigningFollowsBitbucketTest {

    @Test
    void lifecycleCallsAreSignedPerTheTable() throws Exception {
        try (FakeApp app = new FakeApp(); Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withRepositories(List.of(FixtureRepository.get())))) {
            simulator.install(app.descriptorUrl());
            FakeApp.Received first = app.next(5);
            assertThat(first.path()).isEqualTo("/app/installed");
            assertThat(first.header("Authorization")).isNull();
            JsonObject body = first.body();
            String s1 = body.getString("sharedSecret");
            assertThat(body.getString("baseApiUrl")).isEqualTo(simulator.baseUrl());
            assertThat(body.getString("eventType")).isEqualTo("installed");
            assertThat(body.getString("productType")).isEqualTo("bitbucket");
            assertThat(body.getString("key")).isEqualTo("bitgraphs-test");
            assertThat(body.getJsonObject("principal").getString("uuid")).startsWith("{");

            simulator.install(app.descriptorUrl());
            FakeApp.Received again = app.next(5);
            String s2 = again.body().getString("sharedSecret");
            assertThat(s2).isNotEqualTo(s1);
            JwtClaims claims = signedWith(again, s1);
            assertThat(claims.getIssuer()).isEqualTo(body.getString("clientKey"));
            assertThat(claims.getStringClaimValue("qsh")).isEqualTo(QueryStringHash.of("POST&/installed&"));

            simulator.uninstall("bitgraphs-test");
            FakeApp.Received uninstalled = app.next(5);
            assertThat(uninstalled.body().getString("eventType")).isEqualTo("uninstalled");
            assertThat(signedWith(uninstalled, s2).getStringClaimValue("qsh"))
                    .isEqualTo(QueryStringHash.of("POST&/uninstalled&"));

            simulator.reinstall("bitgraphs-test");
            FakeApp.Received reinstalled = app.next(5);
            signedWith(reinstalled, s2);
            assertThat(reinstalled.body().getString("sharedSecret")).isNotIn(s1, s2);
            assertThatThrownBy(() -> signedWith(reinstalled, reinstalled.body().getString("sharedSecret")))
                    .isInstanceOf(InvalidJwtException.class);
        }
    }

    private static JwtClaims signedWith(FakeApp.Received request, String secret) throws InvalidJwtException {
        String header = request.header("Authorization");
        assertThat(header).startsWith("JWT ");
        return Jwts.verify(header.substring(4), secret);
    }
}
