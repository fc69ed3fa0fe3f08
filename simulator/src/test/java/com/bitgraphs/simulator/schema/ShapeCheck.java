package com.bitgraphs.simulator.schema;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JSON answer against a schema, strictly: every property must be declared (in the schema or, through the
 * {@code type} discriminator, in the subtype it names), with the declared type, enum value and date-time format.
 * Null is accepted anywhere, as Bitbucket sends it for absent values. Two properties Bitbucket really sends but the
 * document leaves out are allowed.
 */
final class ShapeCheck {
    // The endpoint descriptions name these fields (e.g. "Permission can be owner, collaborator, member") but the schemas omit them
    private static final Set<String> UNDOCUMENTED_BUT_REAL = Set.of("repository.slug", "repository.workspace",
            "workspace_membership.permission");
    private final OpenApiDocument document;
    private final List<String> problems = new ArrayList<>();

    ShapeCheck(OpenApiDocument document) {
        this.document = document;
    }

    List<String> check(JsonValue value, String schemaName) {
        value(value, document.schema(schemaName), schemaName);
        return problems;
    }

    private void value(JsonValue value, JsonObject schema, String where) {
        if (OpenApiDocument.isNull(value)) {
            return;
        }
        JsonObject resolved = document.resolve(schema);
        String type = resolved.getString("type", resolved.containsKey("allOf") ? "object" : "");
        switch (type) {
            case "object" -> object(value, resolved, where);
            case "array" -> array(value, resolved, where);
            case "string" -> string(value, resolved, where);
            case "integer" -> expect(value instanceof JsonNumber n && n.isIntegral(), where, "an integer", value);
            case "number" -> expect(value instanceof JsonNumber, where, "a number", value);
            case "boolean" -> expect(value == JsonValue.TRUE || value == JsonValue.FALSE, where, "a boolean", value);
            default -> { }
        }
    }

    private void object(JsonValue value, JsonObject schema, String where) {
        if (!expect(value instanceof JsonObject, where, "an object", value)) {
            return;
        }
        JsonObject object = value.asJsonObject();
        Map<String, JsonObject> declared = document.properties(schema);
        String discriminated = object.getString("type", "");
        if (!discriminated.isEmpty() && document.hasSchema(discriminated)) {
            declared.putAll(document.properties(document.schema(discriminated)));
        }
        object.forEach((key, child) -> {
            String kind = discriminated.isEmpty() ? where : discriminated;
            if (declared.containsKey(key)) {
                value(child, declared.get(key), where + "." + key);
            } else if (!UNDOCUMENTED_BUT_REAL.contains(kind + "." + key) && !declared.isEmpty()) {
                problems.add(where + "." + key + " is not in the schema");
            }
        });
    }

    private void array(JsonValue value, JsonObject schema, String where) {
        if (expect(value.getValueType() == JsonValue.ValueType.ARRAY, where, "an array", value)
                && schema.containsKey("items")) {
            int i = 0;
            for (JsonValue item : value.asJsonArray()) {
                value(item, schema.getJsonObject("items"), where + "[" + i++ + "]");
            }
        }
    }

    private void string(JsonValue value, JsonObject schema, String where) {
        if (!expect(value instanceof JsonString, where, "a string", value)) {
            return;
        }
        String text = ((JsonString) value).getString();
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(value)) {
            problems.add(where + " = " + text + " is not one of " + schema.getJsonArray("enum"));
        }
        if ("date-time".equals(schema.getString("format", ""))) {
            try {
                OffsetDateTime.parse(text);
            } catch (RuntimeException e) {
                problems.add(where + " = " + text + " is not a date-time");
            }
        }
    }

    private boolean expect(boolean ok, String where, String what, JsonValue value) {
        if (!ok) {
            problems.add(where + " should be " + what + " but is " + value);
        }
        return ok;
    }
}
