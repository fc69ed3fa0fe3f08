package com.bitgraphs.simulator.connect;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An app's checked Connect descriptor: what the simulator needs from it to install the app, call its lifecycle,
 * send it webhooks and embed its pages. {@link #parse} refuses what Bitbucket refuses.
 *
 * @param webhooks event key to the (relative) URLs subscribed to it
 * @param pages    module kind (repoPage, adminPage, generalPages, profileTab) to its (relative) URL
 */
public record Descriptor(String key, String name, String baseUrl, String installedUrl, String uninstalledUrl,
                         Set<String> scopes, Map<String, List<String>> webhooks, Map<String, String> pages) {
    static final Set<String> KNOWN_SCOPES = Set.of("account", "email", "repository", "repository:write",
            "repository:admin", "pullrequest", "pullrequest:write", "issue", "issue:write", "wiki", "snippet",
            "snippet:write", "webhook", "project", "project:admin", "team", "team:write", "pipeline",
            "pipeline:write", "pipeline:variable", "runner", "runner:write");
    private static final List<String> PAGE_MODULES = List.of("repoPage", "adminPage", "generalPages", "profileTab");

    public static Descriptor parse(JsonObject json) {
        for (String required : List.of("key", "name", "baseUrl")) {
            if (!json.containsKey(required) || json.getString(required, "").isBlank()) {
                throw new DescriptorRefused("Descriptor lacks " + required);
            }
        }
        JsonObject auth = json.getJsonObject("authentication");
        if (auth == null || !"jwt".equalsIgnoreCase(auth.getString("type", ""))) {
            throw new DescriptorRefused("Descriptor's authentication must be {\"type\": \"jwt\"}");
        }
        JsonObject lifecycle = json.containsKey("lifecycle") ? json.getJsonObject("lifecycle") : JsonValue.EMPTY_JSON_OBJECT;
        Set<String> scopes = json.containsKey("scopes") ? scopes(json.getJsonArray("scopes")) : KNOWN_SCOPES;
        JsonObject modules = json.containsKey("modules") ? json.getJsonObject("modules") : JsonValue.EMPTY_JSON_OBJECT;
        Map<String, String> pages = pages(modules);
        pages.values().forEach(url -> ContextScopes.check(url, scopes));
        return new Descriptor(json.getString("key"), json.getString("name"),
                json.getString("baseUrl").replaceAll("/+$", ""),
                lifecycle.getString("installed", null), lifecycle.getString("uninstalled", null),
                scopes, webhooks(modules), pages);
    }

    public Optional<String> page(String module) {
        return Optional.ofNullable(pages.get(module));
    }

    private static Set<String> scopes(JsonArray array) {
        Set<String> scopes = new TreeSet<>();
        for (JsonValue value : array) {
            String scope = ((JsonString) value).getString().toLowerCase(Locale.ROOT);
            if (!KNOWN_SCOPES.contains(scope)) {
                throw new DescriptorRefused("Unknown scope " + scope);
            }
            scopes.add(scope);
        }
        return Set.copyOf(scopes);
    }

    private static Map<String, List<String>> webhooks(JsonObject modules) {
        Map<String, List<String>> hooks = new LinkedHashMap<>();
        if (modules.containsKey("webhooks")) {
            for (JsonValue value : modules.getJsonArray("webhooks")) {
                JsonObject hook = value.asJsonObject();
                hooks.computeIfAbsent(hook.getString("event"), e -> new ArrayList<>()).add(hook.getString("url"));
            }
        }
        return hooks;
    }

    private static Map<String, String> pages(JsonObject modules) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String module : PAGE_MODULES) {
            JsonValue value = modules.get(module);
            if (value instanceof JsonArray array && !array.isEmpty()) {
                pages.put(module, array.getJsonObject(0).getString("url"));
            } else if (value instanceof JsonObject object) {
                pages.put(module, object.getString("url"));
            }
        }
        return pages;
    }
}
