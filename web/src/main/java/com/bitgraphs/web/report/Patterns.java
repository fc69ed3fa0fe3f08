package com.bitgraphs.web.report;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;

import java.util.ArrayList;
import java.util.List;

/** The body of a settings PUT, {@code {"patterns": ["..."]}}: strings only, bounded in count and length. */
final class Patterns {

    private Patterns() {
    }

    static List<String> of(JsonObject body, int maxCount, int maxLength) {
        if (body == null || !(body.get("patterns") instanceof JsonArray array)) {
            throw new BadRequestException("patterns: expected a body {\"patterns\": [\"...\"]}");
        }
        if (array.size() > maxCount) {
            throw new BadRequestException("patterns: at most " + maxCount + " patterns");
        }
        List<String> patterns = new ArrayList<>();
        for (JsonValue value : array) {
            if (!(value instanceof JsonString text)) {
                throw new BadRequestException("patterns: every pattern must be a string");
            }
            String pattern = text.getString().strip();
            if (pattern.length() > maxLength) {
                throw new BadRequestException("patterns: a pattern may have at most " + maxLength + " characters");
            }
            if (!pattern.isEmpty()) {
                patterns.add(pattern);
            }
        }
        return patterns;
    }
}
