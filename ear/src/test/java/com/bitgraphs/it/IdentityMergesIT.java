package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.connect.LifecycleResult;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace owner groups identities into people with a {@code .mailmap} (including a Bitbucket account named by
 * its uuid) and with explicit merges; bad rules change nothing, members may not change them.
 */
@ArquillianTest
class IdentityMergesIT extends DeployedApplication {

    private static final String WORKSPACE = "people";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Simulator simulator;
    private LifecycleResult installed;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void mailmapAndMergesGroupIdentitiesAndBadRulesChangeNothing() throws Exception {
        simulator = Simulator.start(SimulatorConfig.defaults()
                .withPort(Integer.getInteger("bitgraphs.it.simulator.port"))
                .withWorkspace(WORKSPACE)
                .withRepositories(List.of(FixtureRepository.get()))
                .withNoAccount(Set.of(FixtureRepository.NO_ACCOUNT_EMAIL)));
        installed = simulator.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(installed.sharedSecret());
        UUID tenant = Registry.tenant(installed.clientKey()).orElseThrow().id();
        assertThat(PerDay.awaitSync(tenant)).isEqualTo("done");
        String owner = SimulatedBitbucket.ownerUuid(simulator);
        String member = SimulatedBitbucket.memberUuid(simulator);
        long ghost = id(tenant, "select id::text from identity where email = '" + FixtureRepository.NO_ACCOUNT_EMAIL + "'");
        long memberIdentity = id(tenant, "select id::text from identity where account_uuid = '" + member + "'");
        long other = id(tenant, "select min(id)::text from identity where account_uuid is not null and account_uuid <> '" + member + "'");
        String mailmap = "/api/v1/workspaces/" + WORKSPACE + "/settings/mailmap";
        String identities = "/api/v1/workspaces/" + WORKSPACE + "/people/" + ghost + "/identities";

        assertProblem(put(mailmap, owner, "Ada <ada@example.com>\nnot a mailmap line\n"), 400);
        assertProblem(put(mailmap, member, "Ada Person <" + FixtureRepository.NO_ACCOUNT_EMAIL + ">"), 403);
        assertThat(PerDay.query(tenant, "select count(*)::text from mailmap")).containsExactly("0");

        HttpResponse<String> stored = put(mailmap, owner, "# people\nAda Person <" + FixtureRepository.NO_ACCOUNT_EMAIL + ">\n<"
                + FixtureRepository.NO_ACCOUNT_EMAIL + "> <" + member + ">\n");
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        assertThat(Http.json(stored).getInt("entries")).isEqualTo(2);
        JsonObject person = Http.json(send("GET", identities, owner, null, null));
        assertThat(person.getString("name")).isEqualTo("Ada Person");
        assertThat(ids(person)).containsExactlyInAnyOrder(ghost, memberIdentity);

        assertProblem(send("POST", identities, owner, "application/json", "{\"identities\":[" + other + ", 999999]}"), 400);
        assertThat(ids(Http.json(send("GET", identities, owner, null, null)))).containsExactlyInAnyOrder(ghost, memberIdentity);
        HttpResponse<String> merged = send("POST", identities, owner, "application/json", "{\"identities\":[" + other + "]}");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        assertThat(ids(Http.json(merged))).containsExactlyInAnyOrder(ghost, memberIdentity, other);
        assertThat(PerDay.query(tenant, "select count(distinct coalesce(person_id, id))::text from identity where id in ("
                + ghost + "," + memberIdentity + "," + other + ")")).containsExactly("1");

        assertProblem(send("DELETE", identities + "/" + memberIdentity, owner, null, null), 404);
        HttpResponse<String> unmerged = send("DELETE", identities + "/" + other, owner, null, null);
        assertThat(unmerged.statusCode()).as(unmerged.body()).isEqualTo(200);
        assertThat(ids(Http.json(unmerged))).containsExactlyInAnyOrder(ghost, memberIdentity);
        assertProblem(send("GET", "/api/v1/workspaces/" + WORKSPACE + "/people/" + memberIdentity + "/identities", owner, null, null), 404);
    }

    private static List<Long> ids(JsonObject person) {
        return person.getJsonArray("identities").getValuesAs(JsonObject.class).stream()
                .map(identity -> identity.getJsonNumber("id").longValue()).toList();
    }

    private static long id(UUID tenant, String sql) throws Exception {
        return Long.parseLong(PerDay.query(tenant, sql).get(0));
    }

    private HttpResponse<String> put(String path, String user, String mailmap) throws Exception {
        return send("PUT", path, user, "text/plain; charset=utf-8", mailmap);
    }

    private HttpResponse<String> send(String method, String path, String user, String type, String body) throws Exception {
        String jwt = ConnectClient.token(installed.clientKey(), installed.sharedSecret(), ConnectClient.qsh(method, path, ""),
                claims -> claims.setSubject(user));
        HttpRequest.Builder request = HttpRequest.newBuilder(app(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "JWT " + jwt)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        ConnectLifecycleIT.assertProblem(response, status);
    }
}
