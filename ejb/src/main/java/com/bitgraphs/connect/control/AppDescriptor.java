package com.bitgraphs.connect.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.net.URI;
import java.util.List;

/**
 * The Atlassian Connect descriptor Bitbucket reads at {@code /atlassian-connect.json}: who we are, how we
 * authenticate, the lifecycle callbacks, the scopes we need and nothing more, the webhooks we subscribe to and
 * the pages Bitbucket embeds, each with the context parameters it needs.
 */
public final class AppDescriptor {

    public static final List<String> SCOPES = List.of("account", "email", "repository", "pullrequest", "webhook");

    public static final List<String> WEBHOOK_EVENTS = List.of(
            "repo:push", "repo:updated",
            "pullrequest:created", "pullrequest:updated", "pullrequest:fulfilled", "pullrequest:rejected",
            "pullrequest:approved", "pullrequest:unapproved", "pullrequest:comment_created");

    public static final String INSTALLED_PATH = "/installed";
    public static final String UNINSTALLED_PATH = "/uninstalled";
    public static final String WEBHOOK_PATH = "/webhooks";

    private AppDescriptor() {
    }

    public static JsonObject of(String key, String name, URI baseUrl) {
        return Json.createObjectBuilder()
                .add("key", key)
                .add("name", name)
                .add("description", "Commit and pull-request analytics: contributions, lines of code, "
                        + "contributors, code frequency, pull-request throughput and cycle time, with CSV export.")
                .add("vendor", Json.createObjectBuilder().add("name", "Bitgraphs").add("url", baseUrl.toString()))
                .add("baseUrl", baseUrl.toString())
                .add("authentication", Json.createObjectBuilder().add("type", "jwt"))
                .add("lifecycle", Json.createObjectBuilder()
                        .add("installed", INSTALLED_PATH)
                        .add("uninstalled", UNINSTALLED_PATH))
                .add("scopes", Json.createArrayBuilder(SCOPES))
                .add("contexts", Json.createArrayBuilder().add("account"))
                .add("modules", modules(key))
                .build();
    }

    private static JsonObjectBuilder modules(String key) {
        JsonArrayBuilder webhooks = Json.createArrayBuilder();
        WEBHOOK_EVENTS.forEach(event -> webhooks.add(Json.createObjectBuilder().add("event", event).add("url", WEBHOOK_PATH)));
        return Json.createObjectBuilder()
                .add("webhooks", webhooks)
                .add("repoPage", Json.createArrayBuilder().add(page(key + "-repository", "Graphs",
                        "/pages/repository?workspace={workspace.slug}&repository={repository.uuid}")
                        .add("location", "org.bitbucket.repository.navigation")))
                .add("adminPage", Json.createArrayBuilder()
                        .add(page(key + "-workspace", "Bitgraphs",
                                "/pages/workspace?workspace={workspace.slug}")
                                .add("location", "org.bitbucket.workspace.settings"))
                        .add(page(key + "-settings", "Bitgraphs settings",
                                "/pages/settings?workspace={workspace.slug}")
                                .add("location", "org.bitbucket.workspace.settings")))
                .add("profileTab", Json.createArrayBuilder().add(page(key + "-profile", "Contributions",
                        "/pages/profile?workspace={workspace.slug}&user={user.uuid}")));
    }

    private static JsonObjectBuilder page(String key, String name, String url) {
        return Json.createObjectBuilder()
                .add("key", key)
                .add("name", Json.createObjectBuilder().add("value", name))
                .add("url", url);
    }
}
