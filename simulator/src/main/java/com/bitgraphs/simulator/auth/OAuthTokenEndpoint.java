package com.bitgraphs.simulator.auth;

import com.bitgraphs.simulator.http.Handler;
import com.bitgraphs.simulator.http.Request;
import com.bitgraphs.simulator.http.Response;
import jakarta.json.Json;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Bitbucket's {@code POST /site/oauth2/access_token} for the client-credentials grant: HTTP Basic with the
 * consumer's key and secret, {@code grant_type=client_credentials} in the form; answers a bearer token for
 * the consumer's workspace, valid two hours, or 400 {@code invalid_client} / {@code unsupported_grant_type}.
 */
public record OAuthTokenEndpoint(OAuthConsumers consumers, AccessTokens tokens) implements Handler {

    @Override
    public Response handle(Request request) {
        Map<String, String> form = form(new String(request.body(), StandardCharsets.UTF_8));
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return error(400, "unsupported_grant_type", "only client_credentials is supported here");
        }
        Optional<String> workspace = basic(request.header("authorization").orElse(""))
                .flatMap(credentials -> consumers.workspaceOf(credentials[0], credentials[1]));
        if (workspace.isEmpty()) {
            return error(400, "invalid_client", "Invalid OAuth client credentials");
        }
        return Response.ok(Json.createObjectBuilder()
                .add("access_token", tokens.issue(workspace.get()))
                .add("scopes", "account repository pullrequest webhook")
                .add("expires_in", 7200)
                .add("token_type", "bearer")
                .add("state", "client_credentials")
                .build());
    }

    private static Response error(int status, String error, String description) {
        return Response.json(status, Json.createObjectBuilder().add("error", error).add("error_description", description).build());
    }

    private static Optional<String[]> basic(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1 ? Optional.empty() : Optional.of(new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
