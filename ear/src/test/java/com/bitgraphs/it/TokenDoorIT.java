package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token door against the simulator: an operator registers a workspace with an access token that
 * Bitbucket accepts, gets the webhook URL and secret, and only deliveries signed with that secret are taken.
 * Anything Bitbucket refuses, or the operator key does not cover, stores nothing.
 */
@ArquillianTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TokenDoorIT extends DeployedApplication {

    private static final String WORKSPACE = "tokenws";
    private static final String CLIENT_KEY = "token:" + WORKSPACE;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Simulator simulator;
    private static JsonObject registration;

    @BeforeAll
    static void bitbucket() {
        simulator = SimulatedBitbucket.start(WORKSPACE);
        UsedSecrets.add(simulator.token());
        UsedSecrets.add(System.getenv("BITGRAPHS_OPERATOR_KEY"));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    @Order(1)
    void registrationWithoutTheOperatorKeyIsRefused() throws Exception {
        ConnectLifecycleIT.assertProblem(register(body(simulator.token()), null), 401);
        ConnectLifecycleIT.assertProblem(register(body(simulator.token()), "not-the-key"), 401);
        assertThat(Registry.tenant(CLIENT_KEY)).isEmpty();
    }

    @Test
    @Order(2)
    void registrationWithATokenBitbucketRefusesStoresNothing() throws Exception {
        HttpResponse<String> response = register(body(UsedSecrets.add("bgsim_not-a-token")), operatorKey());

        ConnectLifecycleIT.assertProblem(response, 422);
        assertThat(Http.json(response).getString("detail")).contains("refused the credentials");
        assertThat(Registry.tenant(CLIENT_KEY)).isEmpty();
        assertThat(Registry.lastEvent(CLIENT_KEY)).isEqualTo("registered:refused");
    }

    @Test
    @Order(3)
    void malformedRegistrationsAreBadRequests() throws Exception {
        ConnectLifecycleIT.assertProblem(register("{\"workspace\":\"" + WORKSPACE + "\"}", operatorKey()), 400);
        ConnectLifecycleIT.assertProblem(register("{\"workspace\":\"../etc\",\"accessToken\":\"x\"}", operatorKey()), 400);
        ConnectLifecycleIT.assertProblem(register(Json.createObjectBuilder(Json.createReader(
                new java.io.StringReader(body(simulator.token()))).readObject())
                .add("baseApiUrl", "https://evil.example.com").build().toString(), operatorKey()), 403);
        assertThat(Registry.tenant(CLIENT_KEY)).isEmpty();
    }

    @Test
    @Order(4)
    void registrationWithAGoodTokenAnswersTheWebhookUrlAndSecret() throws Exception {
        HttpResponse<String> response = register(body(simulator.token()), operatorKey());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        registration = Http.json(response);
        UsedSecrets.add(registration.getString("webhook_secret"));
        Registry.Row tenant = Registry.tenant(CLIENT_KEY).orElseThrow();
        assertThat(tenant.state()).isEqualTo("INSTALLED");
        assertThat(registration.getString("webhook_url")).endsWith("/webhooks/" + tenant.id());
        assertThat(registration.getString("webhook_secret")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(new String(tenant.sealedSecret(), StandardCharsets.ISO_8859_1)).doesNotContain(simulator.token());
        assertThat(Registry.lastEvent(CLIENT_KEY)).isEqualTo("registered:accepted");
    }

    @Test
    @Order(5)
    void registeringTheSameWorkspaceAgainIsAConflict() throws Exception {
        ConnectLifecycleIT.assertProblem(register(body(simulator.token()), operatorKey()), 409);
    }

    @Test
    @Order(6)
    void webhookWithoutOrWithAWrongSignatureIsRefused() throws Exception {
        String payload = "{\"push\":{\"changes\":[]},\"repository\":{\"full_name\":\"tokenws/fixture\"}}";

        ConnectLifecycleIT.assertProblem(deliver(payload, null, "req-unsigned"), 401);
        ConnectLifecycleIT.assertProblem(deliver(payload, "sha256=" + "00".repeat(32), "req-wrong"), 401);
        ConnectLifecycleIT.assertProblem(deliver(payload, sign(payload + " ", registration.getString("webhook_secret")), "req-tampered"), 401);
        assertThat(deliveries()).isZero();
    }

    @Test
    @Order(7)
    void signedWebhookIsStoredOnceEvenWhenRedelivered() throws Exception {
        String payload = "{\"push\":{\"changes\":[]},\"repository\":{\"full_name\":\"tokenws/fixture\"}}";
        String signature = sign(payload, registration.getString("webhook_secret"));

        HttpResponse<String> first = deliver(payload, signature, "req-1");
        HttpResponse<String> again = deliver(payload, signature, "req-1");

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(deliveries()).isEqualTo(1);
    }

    @Test
    @Order(8)
    void webhookForAnUnknownTenantIsRefusedLikeABadSignature() throws Exception {
        String payload = "{}";
        HttpResponse<String> response = post(URI.create(app("/webhooks/" + UUID.randomUUID()).toString()), payload,
                sign(payload, registration.getString("webhook_secret")), "req-x");

        ConnectLifecycleIT.assertProblem(response, 401);
    }

    private static String body(String token) {
        return Json.createObjectBuilder().add("workspace", WORKSPACE).add("accessToken", token)
                .add("baseApiUrl", simulator.baseUrl()).build().toString();
    }

    private static String operatorKey() {
        return System.getenv("BITGRAPHS_OPERATOR_KEY");
    }

    private static HttpResponse<String> register(String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app("/api/v1/operator/workspaces"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> deliver(String payload, String signature, String requestUuid) throws Exception {
        return post(URI.create(registration.getString("webhook_url")), payload, signature, requestUuid);
    }

    private static HttpResponse<String> post(URI url, String payload, String signature, String requestUuid) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Event-Key", "repo:push")
                .header("X-Request-UUID", requestUuid)
                .header("X-Hook-UUID", "{hook}")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signature != null) {
            request.header("X-Hub-Signature", signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sign(String payload, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }

    private static int deliveries() throws Exception {
        UUID tenant = Registry.tenant(CLIENT_KEY).orElseThrow().id();
        try (Connection owner = asOwner()) {
            owner.setAutoCommit(false);
            TenantTables.enter(owner, tenant);
            return Integer.parseInt(TenantTables.strings(owner, "select count(*)::text from webhook_delivery").get(0));
        }
    }
}
