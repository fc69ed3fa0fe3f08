package com.bitgraphs.simulator.connect;

import com.bitgraphs.simulator.http.JsonBuilders;
import jakarta.json.JsonObject;

/**
 * What a lifecycle step did, for the admin API: which secret signed the call ({@code none}, {@code current} or
 * {@code previous}) and what the app answered.
 */
public record LifecycleResult(String eventType, String key, String clientKey, String signing, int appStatus,
                              String sharedSecret) {

    public JsonObject toJson() {
        return JsonBuilders.object()
                .add("eventType", eventType)
                .add("key", key)
                .add("clientKey", clientKey)
                .add("signing", signing)
                .add("appStatus", appStatus)
                .add("sharedSecret", sharedSecret)
                .build();
    }
}
