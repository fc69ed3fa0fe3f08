package com.bitgraphs.connect.boundary;

import com.bitgraphs.connect.control.SharedSecret;
import com.bitgraphs.tenant.entity.Workspace;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The body of Bitbucket's {@code installed} and {@code uninstalled} callbacks, checked for what we rely
 * on. {@code toString} leaves the shared secret out.
 */
public record InstallCallback(String key, String clientKey, SharedSecret sharedSecret, String baseApiUrl,
                              String eventType, Workspace workspace) {

    private static final int MAX_SECRET_LENGTH = 128;

    /** @throws LifecycleRefused 400, naming the first field that is missing or wrong */
    public static InstallCallback from(JsonObject body, boolean secretRequired) {
        try {
            JsonObject principal = body.getJsonObject("principal");
            if (principal == null) {
                throw LifecycleRefused.badRequest("principal is missing");
            }
            String secret = optional(body, "sharedSecret");
            if (secretRequired && (secret == null || secret.isBlank())) {
                throw LifecycleRefused.badRequest("sharedSecret is missing");
            }
            if (secret != null && secret.length() > MAX_SECRET_LENGTH) {
                throw LifecycleRefused.badRequest("sharedSecret is longer than " + MAX_SECRET_LENGTH + " characters");
            }
            Workspace workspace = new Workspace(required(principal, "uuid", "principal.uuid"),
                    slug(principal), optional(principal, "display_name"), optional(principal, "type"));
            return new InstallCallback(required(body, "key", "key"), required(body, "clientKey", "clientKey"),
                    secret == null || secret.isBlank() ? null : SharedSecret.of(secret),
                    required(body, "baseApiUrl", "baseApiUrl"), optional(body, "eventType"), workspace);
        } catch (ClassCastException | JsonException e) {
            throw LifecycleRefused.badRequest("a field has the wrong JSON type");
        }
    }

    /** Bitbucket names the workspace by {@code username} (teams) or {@code nickname}; the uuid is the last resort. */
    private static String slug(JsonObject principal) {
        for (String field : new String[]{"username", "slug", "nickname"}) {
            String value = optional(principal, field);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return required(principal, "uuid", "principal.uuid");
    }

    private static String required(JsonObject object, String field, String name) {
        String value = optional(object, field);
        if (value == null || value.isBlank()) {
            throw LifecycleRefused.badRequest(name + " is missing");
        }
        return value;
    }

    private static String optional(JsonObject object, String field) {
        JsonValue value = object.get(field);
        return value instanceof JsonString string ? string.getString() : null;
    }

    @Override
    public String toString() {
        return "InstallCallback[clientKey=" + clientKey + ", workspace=" + workspace.slug() + ", baseApiUrl=" + baseApiUrl + "]";
    }
}
