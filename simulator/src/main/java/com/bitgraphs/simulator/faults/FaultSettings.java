package com.bitgraphs.simulator.faults;

import com.bitgraphs.simulator.http.JsonBuilders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import java.util.List;

/**
 * The fault knobs; rates are fractions of requests between 0 and 1. Read from and written as JSON by the admin API,
 * where any key left out keeps its value.
 *
 * @param rateLimitPerHour requests a workspace may make in a rolling hour, 0 for no limit
 * @param retryAfter       whether a 429 carries {@code Retry-After}
 * @param errorStatuses    statuses drawn from for injected errors
 * @param timeoutMillis    how long a "timed out" answer hangs before it is sent anyway
 */
public record FaultSettings(int rateLimitPerHour, boolean retryAfter, double errorRate, List<Integer> errorStatuses,
                            double slowRate, long slowMillis, double timeoutRate, long timeoutMillis) {

    public static FaultSettings defaults() {
        return new FaultSettings(1000, true, 0, List.of(500, 502, 503), 0, 2000, 0, 65_000);
    }

    public FaultSettings merge(JsonObject json) {
        return new FaultSettings(
                json.getInt("rateLimitPerHour", rateLimitPerHour),
                json.getBoolean("retryAfter", retryAfter),
                number(json, "errorRate", errorRate),
                json.containsKey("errorStatuses") ? json.getJsonArray("errorStatuses")
                        .getValuesAs(JsonNumber.class).stream().map(JsonNumber::intValue).toList() : errorStatuses,
                number(json, "slowRate", slowRate),
                json.containsKey("slowMillis") ? json.getJsonNumber("slowMillis").longValue() : slowMillis,
                number(json, "timeoutRate", timeoutRate),
                json.containsKey("timeoutMillis") ? json.getJsonNumber("timeoutMillis").longValue() : timeoutMillis);
    }

    public JsonObject toJson() {
        JsonArrayBuilder statuses = JsonBuilders.array();
        errorStatuses.forEach(statuses::add);
        return JsonBuilders.object()
                .add("rateLimitPerHour", rateLimitPerHour)
                .add("retryAfter", retryAfter)
                .add("errorRate", errorRate)
                .add("errorStatuses", statuses)
                .add("slowRate", slowRate)
                .add("slowMillis", slowMillis)
                .add("timeoutRate", timeoutRate)
                .add("timeoutMillis", timeoutMillis)
                .build();
    }

    private static double number(JsonObject json, String key, double fallback) {
        return json.containsKey(key) ? json.getJsonNumber(key).doubleValue() : fallback;
    }
}
