package com.bitgraphs.it;

import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deliveries are applied after they are answered: pull-request events keep the newest {@code updated_on}
 * even when an older one arrives last, and {@code repo:updated} follows a rename.
 */
@ArquillianTest
class WebhookProcessingIT extends DeployedApplication {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String REPOSITORY = "{repo-" + UUID.randomUUID() + "}";

    private final String clientKey = "client-" + UUID.randomUUID();
    private String secret;
    private UUID tenant;

    @BeforeEach
    void installedWithARepository() throws Exception {
        secret = ConnectClient.newSecret();
        ConnectClient.post("/installed", ConnectClient.installBody(clientKey, secret, "hooks-" + clientKey.substring(7, 15),
                ConnectClient.LOCAL_API), null);
        tenant = Registry.tenant(clientKey).orElseThrow().id();
        try (Connection owner = asOwner()) {
            owner.setAutoCommit(false);
            TenantTables.enter(owner, tenant);
            TenantTables.update(owner, "insert into repository (tenant_id, uuid, slug, name) values (?, ?, 'old-name', 'Old name')",
                    tenant, REPOSITORY);
            owner.commit();
        }
    }

    @Test
    void pullRequestDeliveriesKeepTheNewestUpdate() throws Exception {
        assertThat(deliver("pullrequest:updated", pullRequest("Second title", "MERGED", "2026-01-02T10:00:00+00:00")).statusCode()).isEqualTo(202);
        assertThat(deliver("pullrequest:created", pullRequest("First title", "OPEN", "2026-01-01T10:00:00+00:00")).statusCode()).isEqualTo(202);

        awaitProcessed(2);

        assertThat(PerDay.query(tenant, "select title || ' ' || state from pull_request")).containsExactly("Second title MERGED");
    }

    @Test
    void repositoryUpdateFollowsARename() throws Exception {
        String renamed = "{\"event\": \"repo:updated\", \"data\": {\"repository\": {\"uuid\": \"" + REPOSITORY.replace("\"", "")
                + "\", \"slug\": \"new-name\", \"name\": \"New name\", \"full_name\": \"ws/new-name\"}}}";

        assertThat(deliver("repo:updated", renamed).statusCode()).isEqualTo(202);
        awaitProcessed(1);

        assertThat(PerDay.query(tenant, "select slug || ' ' || name from repository")).containsExactly("new-name New name");
    }

    private String pullRequest(String title, String state, String updatedOn) {
        return """
                {"event": "pullrequest", "data": {"repository": {"uuid": "%s", "full_name": "ws/old-name"},
                 "pullrequest": {"id": 7, "title": "%s", "state": "%s",
                   "author": {"uuid": "{author}", "display_name": "Pat Author"},
                   "created_on": "2026-01-01T09:00:00+00:00", "updated_on": "%s",
                   "source": {"branch": {"name": "feature"}}, "destination": {"branch": {"name": "main"}},
                   "participants": [{"user": {"uuid": "{reviewer}", "display_name": "Rae Viewer"}, "role": "REVIEWER",
                                     "approved": true, "state": "approved", "participated_on": "%s"}]}}}"""
                .formatted(REPOSITORY, title, state, updatedOn, updatedOn);
    }

    private HttpResponse<String> deliver(String event, String body) throws Exception {
        String token = ConnectClient.token(clientKey, secret, ConnectClient.qsh("POST", "/webhooks", ""), claims -> { });
        return HTTP.send(HttpRequest.newBuilder(app("/webhooks")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "JWT " + token)
                .header("X-Event-Key", event)
                .header("X-Request-UUID", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitProcessed(int deliveries) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        List<String> processed = List.of();
        while (System.currentTimeMillis() < deadline) {
            processed = PerDay.query(tenant, "select state from webhook_delivery");
            if (processed.size() == deliveries && processed.stream().allMatch("PROCESSED"::equals)) {
                return;
            }
            Thread.sleep(200);
        }
        assertThat(processed).as("deliveries processed").hasSize(deliveries).containsOnly("PROCESSED");
    }
}
