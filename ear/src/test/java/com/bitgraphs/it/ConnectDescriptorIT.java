package com.bitgraphs.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bitbucket reads a descriptor that asks for exactly what Bitgraphs needs and names every module. */
@ArquillianTest
class ConnectDescriptorIT extends DeployedApplication {

    @Test
    void descriptorDeclaresJwtLifecycleScopesWebhooksAndPages() throws Exception {
        HttpResponse<String> response = Http.get(app("/atlassian-connect.json"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject descriptor = Http.json(response);
        assertThat(descriptor.getString("key")).isEqualTo("bitgraphs");
        assertThat(descriptor.getString("baseUrl")).isEqualTo(System.getenv("BITGRAPHS_BASE_URL"));
        assertThat(descriptor.getJsonObject("authentication").getString("type")).isEqualTo("jwt");
        assertThat(descriptor.getJsonObject("lifecycle").getString("installed")).isEqualTo("/installed");
        assertThat(descriptor.getJsonObject("lifecycle").getString("uninstalled")).isEqualTo("/uninstalled");
        assertThat(strings(descriptor, "scopes")).containsExactlyInAnyOrder("account", "email", "repository", "pullrequest", "webhook");
        assertThat(strings(descriptor, "contexts")).containsExactly("account");

        JsonObject modules = descriptor.getJsonObject("modules");
        assertThat(modules.getJsonArray("webhooks").stream().map(hook -> hook.asJsonObject().getString("event")))
                .containsExactlyInAnyOrder("repo:push", "repo:updated", "pullrequest:created", "pullrequest:updated",
                        "pullrequest:fulfilled", "pullrequest:rejected", "pullrequest:approved",
                        "pullrequest:unapproved", "pullrequest:comment_created");
        assertThat(url(modules, "repoPage")).contains("{repository.uuid}").contains("{workspace.slug}");
        assertThat(url(modules, "adminPage")).contains("{workspace.slug}");
        assertThat(url(modules, "profileTab")).contains("{user.uuid}");
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonValue::toString).stream()
                .map(value -> value.replace("\"", "")).toList();
    }

    private static String url(JsonObject modules, String module) {
        return modules.getJsonArray(module).getJsonObject(0).getString("url");
    }
}
