package com.bitgraphs.ingest.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A webhook body, Connect-wrapped ({@code {"event", "data"}}) or not, and what ingestion reads from it:
 * the repository's uuid and, for {@code repo:push}, each ref's change from old tip to new tip.
 */
public record DeliveryPayload(JsonObject data) {

    /** A ref's move: {@code oldHash} is empty for a new ref, {@code newHash} for a deleted one. */
    public record RefChange(Optional<String> oldHash, Optional<String> newHash, boolean forced) {
    }

    public static DeliveryPayload parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject body = reader.readObject();
            JsonValue data = body.get("data");
            return new DeliveryPayload(data instanceof JsonObject wrapped && body.containsKey("event") ? wrapped : body);
        }
    }

    public Optional<String> repositoryUuid() {
        return data.get("repository") instanceof JsonObject repository ? Optional.ofNullable(repository.getString("uuid", null))
                : Optional.empty();
    }

    public Optional<JsonObject> repository() {
        return data.get("repository") instanceof JsonObject repository ? Optional.of(repository) : Optional.empty();
    }

    public Optional<JsonObject> pullRequest() {
        return data.get("pullrequest") instanceof JsonObject pr ? Optional.of(pr) : Optional.empty();
    }

    public List<RefChange> refChanges() {
        List<RefChange> changes = new ArrayList<>();
        if (data.get("push") instanceof JsonObject push && push.get("changes") != null
                && push.get("changes").getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue value : push.getJsonArray("changes")) {
                JsonObject change = value.asJsonObject();
                changes.add(new RefChange(tip(change, "old"), tip(change, "new"), change.getBoolean("forced", false)));
            }
        }
        return changes;
    }

    private static Optional<String> tip(JsonObject change, String side) {
        if (change.get(side) instanceof JsonObject ref && ref.get("target") instanceof JsonObject target) {
            return Optional.ofNullable(target.getString("hash", null));
        }
        return Optional.empty();
    }
}
