package com.bitgraphs.simulator.webhooks;

import com.bitgraphs.simulator.auth.JwtSigner;
import com.bitgraphs.simulator.connect.AppUrl;
import com.bitgraphs.simulator.connect.Installation;
import com.bitgraphs.simulator.connect.Installations;
import com.bitgraphs.simulator.http.JsonBuilders;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends an event to every installed app subscribed to it, as Bitbucket does: wrapped as
 * {@code {"event": key, "data": payload}}, signed with the installation's secret (qsh of the webhook URL), waiting
 * 10 s for an answer, and retrying right away, twice, only on 5xx.
 */
public final class WebhookDelivery {
    private static final Logger LOG = Logger.getLogger(WebhookDelivery.class.getName());
    private static final int ATTEMPTS = 3;
    private final Installations installations;
    private final HttpClient http;
    private final JwtSigner signer;
    private final ExecutorService senders;

    public WebhookDelivery(Installations installations, HttpClient http, JwtSigner signer, ExecutorService senders) {
        this.installations = installations;
        this.http = http;
        this.signer = signer;
        this.senders = senders;
    }

    public void publish(String eventKey, JsonObject payload) {
        for (Installation installation : installations.all()) {
            if (!installation.installed()) {
                continue;
            }
            for (String url : installation.descriptor().webhooks().getOrDefault(eventKey, List.of())) {
                senders.submit(() -> deliver(installation, eventKey, url, payload));
            }
        }
    }

    private void deliver(Installation installation, String eventKey, String url, JsonObject payload) {
        URI target = AppUrl.absolute(installation.descriptor(), url);
        String body = JsonBuilders.object().add("event", eventKey).add("data", payload).build().toString();
        String hookUuid = UUID.nameUUIDFromBytes((installation.clientKey() + "|" + eventKey + "|" + url)
                .getBytes(StandardCharsets.UTF_8)).toString();
        String requestUuid = UUID.randomUUID().toString();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            String jwt = signer.sign(installation.sharedSecret(), installation.clientKey(), null,
                    AppUrl.qsh("POST", installation.descriptor(), target));
            HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "JWT " + jwt)
                    .header("User-Agent", "Bitbucket-Webhooks/2.0")
                    .header("X-Event-Key", eventKey)
                    .header("X-Hook-UUID", hookUuid)
                    .header("X-Request-UUID", requestUuid)
                    .header("X-Attempt-Number", String.valueOf(attempt))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status < 500) {
                    return;
                }
            } catch (IOException e) {
                // a timeout or refused connection is not retried by Bitbucket
                LOG.log(Level.INFO, "Webhook " + eventKey + " to " + target + " failed: " + e);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
