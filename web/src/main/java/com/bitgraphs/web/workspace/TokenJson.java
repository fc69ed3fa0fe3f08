package com.bitgraphs.web.workspace;

import com.bitgraphs.access.boundary.ApiTokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.BadRequestException;

import java.time.Instant;
import java.util.Locale;

/** The JSON of API tokens, and the checks on a request to create one, shared by the admin and operator APIs. */
public final class TokenJson {

    private TokenJson() {
    }

    public record Request(String name, ApiTokens.Scope scope) {
    }

    public static Request request(JsonObject body) {
        if (body == null) {
            throw new BadRequestException("a JSON body {\"name\": ..., \"scope\": \"read\"|\"admin\"} is required");
        }
        if (!(body.get("name") instanceof jakarta.json.JsonString name) || name.getString().isBlank() || name.getString().length() > 100) {
            throw new BadRequestException("name must be a string of 1 to 100 characters");
        }
        String scope = body.getString("scope", "read");
        try {
            return new Request(name.getString().strip(), ApiTokens.Scope.valueOf(scope.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("scope must be \"read\" or \"admin\", not \"" + scope + "\"");
        }
    }

    /** The one answer that carries the token itself. */
    public static JsonObject created(ApiTokens.Created created) {
        return Json.createObjectBuilder()
                .add("id", created.id())
                .add("name", created.name())
                .add("scope", created.scope().name().toLowerCase(Locale.ROOT))
                .add("token", created.token())
                .add("created_on", created.createdAt().toString())
                .build();
    }

    public static JsonObject listed(ApiTokens.Listed token) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", token.id())
                .add("name", token.name())
                .add("prefix", token.prefix())
                .add("scope", token.scope().name().toLowerCase(Locale.ROOT))
                .add("created_on", token.createdAt().toString());
        add(json, "created_by", token.createdBy());
        add(json, "last_used_on", token.lastUsedAt());
        add(json, "revoked_on", token.revokedAt());
        return json.build();
    }

    private static void add(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value instanceof Instant instant ? instant.toString() : value.toString());
        }
    }
}
