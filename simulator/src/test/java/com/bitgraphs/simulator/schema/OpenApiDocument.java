package com.bitgraphs.simulator.schema;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Bitbucket's OpenAPI document ({@code shared/bitbucket/swagger.v3.json}), found by walking up from the module
 * directory, since it is ours to read but not the project's to commit; and its schemas with {@code allOf} and
 * {@code $ref} resolved into one property map.
 */
final class OpenApiDocument {
    private static final String RELATIVE = "shared/bitbucket/swagger.v3.json";
    private final JsonObject document;
    private final Map<JsonObject, Map<String, JsonObject>> resolved = new IdentityHashMap<>();

    private OpenApiDocument(JsonObject document) {
        this.document = document;
    }

    static Optional<OpenApiDocument> locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isRegularFile(candidate)) {
                try (var reader = Json.createReader(Files.newBufferedReader(candidate))) {
                    return Optional.of(new OpenApiDocument(reader.readObject()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Optional.empty();
    }

    /** The schema name of an API path's 200 answer, e.g. {@code /repositories/{workspace}} -> paginated_repositories. */
    String responseSchema(String path) {
        JsonObject schema = document.getJsonObject("paths").getJsonObject(path).getJsonObject("get")
                .getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema");
        return refName(schema.getString("$ref"));
    }

    boolean hasSchema(String name) {
        return schemas().containsKey(name);
    }

    JsonObject schema(String name) {
        return schemas().getJsonObject(name);
    }

    /** Properties of a schema (by value), with allOf parts and $refs merged. */
    Map<String, JsonObject> properties(JsonObject schema) {
        // memoised by identity: the same schema objects are resolved for every item of every page
        Map<String, JsonObject> known = resolved.get(schema);
        if (known != null) {
            return new LinkedHashMap<>(known);
        }
        Map<String, JsonObject> properties = merged(schema);
        resolved.put(schema, properties);
        return new LinkedHashMap<>(properties);
    }

    private Map<String, JsonObject> merged(JsonObject schema) {
        Map<String, JsonObject> properties = new LinkedHashMap<>();
        JsonObject resolved = resolve(schema);
        if (resolved.containsKey("allOf")) {
            resolved.getJsonArray("allOf").forEach(part -> properties.putAll(properties(part.asJsonObject())));
        }
        if (resolved.containsKey("properties")) {
            resolved.getJsonObject("properties").forEach((k, v) -> properties.put(k, v.asJsonObject()));
        }
        return properties;
    }

    JsonObject resolve(JsonObject schema) {
        return schema.containsKey("$ref") ? schema(refName(schema.getString("$ref"))) : schema;
    }

    private JsonObject schemas() {
        return document.getJsonObject("components").getJsonObject("schemas");
    }

    static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    static boolean isNull(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }
}
