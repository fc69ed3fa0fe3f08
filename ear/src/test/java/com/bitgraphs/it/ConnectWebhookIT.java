package com.bitgraphs.it;

import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connect webhooks: a delivery with a request-bound JWT of an installed tenant is stored in that tenant and
 * answered 202 at once; a redelivery is stored once; unsigned or unidentified deliveries store nothing.
 */
@ArquillianTest
class ConnectWebhookIT extends DeployedApplication {

    private static final String WEBHOOK_QSH = ConnectClient.qsh("POST", "/webhooks", "");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String clientKey = "client-" + UUID.randomUUID();
    private String secret;
    private UUID tenant;

    @BeforeEach
    void installed() throws Exception {
        secret = ConnectClient.newSecret();
        ConnectClient.post("/installed", ConnectClient.installBody(clientKey, secret, "hooks-" + clientKey.substring(7, 15),
                ConnectClient.LOCAL_API), null);
        tenant = Registry.tenant(clientKey).orElseThrow().id();
    }

    @Test
    void signedDeliveryIsStoredOnceAndAnsweredAtOnce() throws Exception {
        String body = "{\"event\":\"repo:push\",\"data\":{\"push\":{\"changes\":[]}}}";

        HttpResponse<String> first = deliver(body, token(WEBHOOK_QSH), "delivery-1");
        HttpResponse<String> again = deliver(body, token(WEBHOOK_QSH), "delivery-1");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(deliveries()).isEqualTo(1);
    }

    @Test
    void unsignedOrContextSignedDeliveryIsRefused() throws Exception {
        String body = "{\"event\":\"repo:push\",\"data\":{}}";

        ConnectLifecycleIT.assertProblem(deliver(body, null, "delivery-2"), 401);
        ConnectLifecycleIT.assertProblem(deliver(body, token("context-qsh"), "delivery-3"), 401);
        assertThat(deliveries()).isZero();
    }

    @Test
    void deliveryWithoutRequestUuidOrJsonIsABadRequest() throws Exception {
        ConnectLifecycleIT.assertProblem(deliver("{\"event\":\"repo:push\"}", token(WEBHOOK_QSH), null), 400);
        ConnectLifecycleIT.assertProblem(deliver("not json", token(WEBHOOK_QSH), "delivery-4"), 400);
        assertThat(deliveries()).isZero();
    }

    private String token(String qsh) {
        return ConnectClient.token(clientKey, secret, qsh, claims -> { });
    }

    private HttpResponse<String> deliver(String body, String token, String requestUuid) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app("/webhooks")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Event-Key", "repo:push")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (requestUuid != null) {
            request.header("X-Request-UUID", requestUuid);
        }
        if (token != null) {
            request.header("Authorization", "JWT " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int deliveries() throws Exception {
        try (Connection owner = asOwner()) {
            owner.setAutoCommit(false);
            TenantTables.enter(owner, tenant);
            return Integer.parseInt(TenantTables.strings(owner, "select count(*)::text from webhook_delivery").get(0));
        }
    }
}
