package com.bitgraphs.launcher;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code ./bitgraphs register}: registers a workspace with a Bitbucket access token (or an OAuth consumer's key
 * and secret) through the running
 * server's operator API and prints what to paste into Bitbucket's webhook settings. The app URL and operator
 * key default to the running demo's.
 */
final class TokenDoorRegistration {

    private TokenDoorRegistration() {
    }

    static int run(List<String> args, Path demoProperties) throws IOException, InterruptedException {
        Map<String, String> options = options(args);
        Properties demo = new Properties();
        if (Files.exists(demoProperties)) {
            try (Reader reader = Files.newBufferedReader(demoProperties)) {
                demo.load(reader);
            }
        }
        String workspace = required(options, "--workspace");
        boolean oauth = options.containsKey("--oauth-key");
        if (oauth == options.containsKey("--token")) {
            throw new IllegalArgumentException("give either --token or --oauth-key with --oauth-secret");
        }
        String app = options.getOrDefault("--app", demo.getProperty("app.base", "http://localhost:8080/bitgraphs"));
        String operatorKey = options.getOrDefault("--operator-key",
                System.getenv().getOrDefault("BITGRAPHS_OPERATOR_KEY", demo.getProperty("operator.key", "")));
        StringBuilder body = new StringBuilder("{\"workspace\":").append(quote(workspace));
        if (oauth) {
            body.append(",\"oauth\":{\"key\":").append(quote(required(options, "--oauth-key")))
                    .append(",\"secret\":").append(quote(required(options, "--oauth-secret"))).append('}');
        } else {
            body.append(",\"accessToken\":").append(quote(required(options, "--token")));
        }
        if (options.containsKey("--api")) {
            body.append(",\"baseApiUrl\":").append(quote(options.get("--api")));
        }
        body.append('}');
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app + "/api/v1/operator/workspaces"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + operatorKey)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.println(response.body());
        if (response.statusCode() != 201) {
            System.err.println("Registration refused (" + response.statusCode() + ")");
            return 1;
        }
        System.out.println("Paste webhook_url and webhook_secret into the workspace's webhook settings in Bitbucket;"
                + " the secret is not shown again.");
        return 0;
    }

    private static Map<String, String> options(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            if (i + 1 >= args.size() || !args.get(i).startsWith("--")) {
                throw new IllegalArgumentException("options come as --name value pairs");
            }
            options.put(args.get(i), args.get(i + 1));
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
