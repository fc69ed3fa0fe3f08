package com.bitgraphs.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The demo workspace's API token, made through the operator API, so a person can try the reports API with curl
 * at once. Admin scope: the demo's user is the workspace owner and may try the settings API too.
 */
final class DemoToken {

    private DemoToken() {
    }

    static String create(String appBase, String workspace, String operatorKey) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("name", "demo").add("scope", "admin").build().toString();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(appBase + "/api/v1/operator/workspaces/" + workspace + "/tokens"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + operatorKey)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("the app refused the demo's API token (" + response.statusCode() + "): " + response.body());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject created = reader.readObject();
            return created.getString("token");
        }
    }
}
