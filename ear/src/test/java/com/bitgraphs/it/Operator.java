package com.bitgraphs.it;

import jakarta.json.JsonObject;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls of the operator API with the tests' operator key. */
final class Operator {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Operator() {
    }

    static HttpResponse<String> call(String method, String path, String jsonBody) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(DeployedApplication.app(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + System.getenv("BITGRAPHS_OPERATOR_KEY"));
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The answer's JSON, after checking its status. */
    static JsonObject json(String method, String path, String jsonBody, int status) throws Exception {
        HttpResponse<String> response = call(method, path, jsonBody);
        if (response.statusCode() != status) {
            throw new AssertionError(method + " " + path + ": expected " + status + ", got " + response.statusCode() + " " + response.body());
        }
        return Http.json(response);
    }

    /** Moves the server's clock (test servers only); {@code Duration.ZERO} puts it back. */
    static void moveClock(Duration offset) throws Exception {
        json("PUT", "/api/v1/operator/clock", "{\"offset\":\"" + offset + "\"}", 200);
    }
}
