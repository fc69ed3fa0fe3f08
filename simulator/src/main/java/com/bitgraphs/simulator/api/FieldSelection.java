package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.http.JsonBuilders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bitbucket's partial responses, {@code fields=}: comma-separated dotted paths ({@code values.hash}), {@code *} for
 * any one key, {@code -path} to drop a field, {@code +path} to add one (every field is returned already, so a no-op).
 * Plain paths keep only what they name (and what lies under it); array elements share their array's path.
 */
public final class FieldSelection {
    private final List<String[]> includes = new ArrayList<>();
    private final List<String[]> excludes = new ArrayList<>();

    public FieldSelection(List<String> fieldsParameters) {
        for (String parameter : fieldsParameters) {
            for (String field : parameter.split(",")) {
                String trimmed = field.strip();
                if (trimmed.startsWith("-")) {
                    excludes.add(trimmed.substring(1).split("\\."));
                } else if (!trimmed.isEmpty() && !trimmed.startsWith("+")) {
                    includes.add(trimmed.split("\\."));
                }
            }
        }
    }

    public JsonValue apply(JsonValue value) {
        return filter(value, new String[0], includes.isEmpty());
    }

    private JsonValue filter(JsonValue value, String[] path, boolean included) {
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArrayBuilder array = JsonBuilders.array();
            value.asJsonArray().forEach(item -> array.add(filter(item, path, included)));
            return array.build();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return value;
        }
        JsonObjectBuilder object = JsonBuilders.object();
        value.asJsonObject().forEach((key, child) -> {
            String[] childPath = Arrays.copyOf(path, path.length + 1);
            childPath[path.length] = key;
            if (excludes.stream().anyMatch(e -> startsWith(childPath, e))) {
                return;
            }
            boolean covered = included || includes.stream().anyMatch(i -> startsWith(childPath, i));
            if (covered || includes.stream().anyMatch(i -> startsWith(i, childPath))) {
                object.add(key, filter(child, childPath, covered));
            }
        });
        return object.build();
    }

    /** Whether {@code path} begins with {@code prefix}, {@code *} in either matching any one key. */
    private static boolean startsWith(String[] path, String[] prefix) {
        if (path.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (!prefix[i].equals("*") && !path[i].equals("*") && !prefix[i].equals(path[i])) {
                return false;
            }
        }
        return true;
    }
}
