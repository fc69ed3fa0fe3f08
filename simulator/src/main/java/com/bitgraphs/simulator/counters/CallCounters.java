package com.bitgraphs.simulator.counters;

import com.bitgraphs.simulator.http.JsonBuilders;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * API calls counted by endpoint (its path template), by workspace and by answer status, resettable.
 */
public final class CallCounters {
    private final Map<String, LongAdder> byEndpoint = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byWorkspace = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byStatus = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byMethod = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> servedByUrl = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    /**
     * @param url the request's path and query, to count how often each page was served successfully (a client
     *            must fetch each page exactly once to completion, faults or not)
     */
    public void count(String method, String endpoint, String workspace, int status, String url) {
        total.increment();
        byEndpoint.computeIfAbsent(endpoint, k -> new LongAdder()).increment();
        byWorkspace.computeIfAbsent(workspace == null ? "" : workspace, k -> new LongAdder()).increment();
        byStatus.computeIfAbsent(String.valueOf(status), k -> new LongAdder()).increment();
        byMethod.computeIfAbsent(method, k -> new LongAdder()).increment();
        if (status == 200) {
            servedByUrl.computeIfAbsent(url, k -> new LongAdder()).increment();
        }
    }

    public long total() {
        return total.sum();
    }

    public long of(String endpoint) {
        LongAdder adder = byEndpoint.get(endpoint);
        return adder == null ? 0 : adder.sum();
    }

    public synchronized void reset() {
        total.reset();
        byEndpoint.clear();
        byWorkspace.clear();
        byStatus.clear();
        byMethod.clear();
        servedByUrl.clear();
    }

    /**
     * {@code {"total": n, "endpoints": {...}, "workspaces": {...}, "statuses": {...}, "methods": {...}}}, plus
     * {@code "served": {url: n}} (successful answers per path and query) when asked for.
     */
    public JsonObject toJson(boolean withServed) {
        JsonObjectBuilder json = JsonBuilders.object()
                .add("total", total.sum())
                .add("endpoints", asJson(byEndpoint))
                .add("workspaces", asJson(byWorkspace))
                .add("statuses", asJson(byStatus))
                .add("methods", asJson(byMethod));
        if (withServed) {
            json.add("served", asJson(servedByUrl));
        }
        return json.build();
    }

    private static JsonObjectBuilder asJson(Map<String, LongAdder> counts) {
        JsonObjectBuilder json = JsonBuilders.object();
        new TreeMap<>(counts).forEach((k, v) -> json.add(k, v.sum()));
        return json;
    }
}
