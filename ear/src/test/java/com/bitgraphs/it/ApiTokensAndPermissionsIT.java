package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.connect.LifecycleResult;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workspace API tokens: shown once, stored as hashes, scoped to reading or administering, revocable; and what a
 * Bitbucket user sees follows what Bitbucket lets them read, while settings need a workspace owner.
 */
@ArquillianTest
class ApiTokensAndPermissionsIT extends DeployedApplication {

    private static final String WORKSPACE = "access";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Simulator simulator;
    private static LifecycleResult installed;
    private static UUID tenant;

    @BeforeAll
    static void install() throws Exception {
        simulator = SimulatedBitbucket.start(WORKSPACE);
        installed = simulator.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(installed.sharedSecret());
        tenant = Registry.tenant(installed.clientKey()).orElseThrow().id();
        assertThat(PerDay.awaitSync(tenant)).isEqualTo("done");
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void aReadTokenReadsItsWorkspaceOnlyAndCannotChangeSettings() throws Exception {
        String token = UsedSecrets.add(operatorToken("{\"name\":\"ci script\",\"scope\":\"read\"}").getString("token"));

        assertThat(send("GET", "/api/v1/workspaces/" + WORKSPACE + "/sync", bearer(token), null).statusCode()).isEqualTo(200);
        JsonObject sync = Http.json(send("GET", "/api/v1/workspaces/" + WORKSPACE + "/sync", bearer(token), null));
        assertThat(sync.getJsonArray("repositories")).hasSize(1);
        assertProblem(send("GET", "/api/v1/workspaces/someone-else/sync", bearer(token), null), 404);
        assertProblem(send("GET", "/api/v1/workspaces/" + WORKSPACE + "/settings/tokens", bearer(token), null), 403);
        assertProblem(send("GET", "/api/v1/workspaces/" + WORKSPACE + "/sync", bearer(token.substring(0, token.length() - 1) + "A"), null), 401);
        assertProblem(send("GET", "/api/v1/workspaces/" + WORKSPACE + "/sync", bearer("bgt_nonsense"), null), 401);
    }

    @Test
    void anOwnerCreatesListsAndRevokesTokensAndOnlyHashesAreStored() throws Exception {
        String owner = SimulatedBitbucket.ownerUuid(simulator);
        String tokens = "/api/v1/workspaces/" + WORKSPACE + "/settings/tokens";

        HttpResponse<String> created = send("POST", tokens, jwt("POST", tokens, owner), "{\"name\":\"nightly export\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject token = Http.json(created);
        String secret = UsedSecrets.add(token.getString("token"));
        assertThat(token.getString("scope")).isEqualTo("read");

        HttpResponse<String> listed = send("GET", tokens, jwt("GET", tokens, owner), null);
        assertThat(listed.body()).contains("nightly export").doesNotContain(secret);
        assertThat(PerDay.query(tenant, "select count(*)::text from api_token where prefix = '" + secret.substring(0, 4) + "…"
                + secret.substring(secret.length() - 4) + "' and token_hash = sha256('" + secret + "'::bytea)")).containsExactly("1");
        assertThat(send("GET", "/api/v1/workspaces/" + WORKSPACE, bearer(secret), null).statusCode()).isEqualTo(200);

        String revoke = tokens + "/" + token.getJsonNumber("id").longValue();
        assertThat(send("DELETE", revoke, jwt("DELETE", revoke, owner), null).statusCode()).isEqualTo(204);
        assertProblem(send("GET", "/api/v1/workspaces/" + WORKSPACE, bearer(secret), null), 401);
        assertProblem(send("DELETE", revoke, jwt("DELETE", revoke, owner), null), 404);
        assertProblem(send("POST", tokens, jwt("POST", tokens, owner), "{\"name\":\"\"}"), 400);
        assertProblem(send("POST", tokens, jwt("POST", tokens, owner), "{\"name\":\"x\",\"scope\":\"root\"}"), 400);
    }

    @Test
    void aMemberSeesOnlyTheRepositoriesBitbucketLetsThemReadAndNoSettings() throws Exception {
        String member = SimulatedBitbucket.memberUuid(simulator);
        String sync = "/api/v1/workspaces/" + WORKSPACE + "/sync";
        String tokens = "/api/v1/workspaces/" + WORKSPACE + "/settings/tokens";

        assertThat(Http.json(send("GET", sync, jwt("GET", sync, member), null)).getJsonArray("repositories")).hasSize(1);
        assertProblem(send("GET", tokens, jwt("GET", tokens, member), null), 403);
        assertProblem(send("GET", tokens, jwt("GET", tokens, null), null), 403);

        String narrowed = SimulatedBitbucket.memberUuid(simulator);
        SimulatedBitbucket.restrict(simulator, narrowed, List.of());
        // another viewer than the one above, so no remembered answer hides the change
        String viewer = narrowed.toUpperCase();
        assertThat(Http.json(send("GET", sync, jwt("GET", sync, viewer), null)).getJsonArray("repositories")).isEmpty();
        assertThat(Http.json(send("GET", sync, jwt("GET", sync, null), null)).getJsonArray("repositories")).isEmpty();
    }

    private static JsonObject operatorToken(String body) throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/operator/workspaces/" + WORKSPACE + "/tokens",
                "Bearer " + System.getenv("BITGRAPHS_OPERATOR_KEY"), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response);
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String jwt(String method, String path, String subject) {
        return "JWT " + ConnectClient.token(installed.clientKey(), installed.sharedSecret(), ConnectClient.qsh(method, path, ""),
                claims -> {
                    if (subject != null) {
                        claims.setSubject(subject);
                    }
                });
    }

    static HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        ConnectLifecycleIT.assertProblem(response, status);
    }
}
