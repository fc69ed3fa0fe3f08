package com.bitgraphs.simulator.members;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.ApiClient;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The permission endpoints answer per viewer ({@code q=user.uuid="..."}): the admin owns the workspace, a member
 * reads every repository until the admin API narrows them.
 */
class PermissionsAnswerPerViewerTest {

    @Test
    void aNarrowedMemberSeesOnlyTheRepositoriesLeftToThem() throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withRepositories(List.of(FixtureRepository.get())))) {
            HttpClient http = HttpClient.newHttpClient();
            String token = ApiClient.parse(http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/_simulator/tokens"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString()).body()).getString("token");
            ApiClient api = new ApiClient(simulator.baseUrl(), token);
            List<JsonObject> memberships = api.all("/2.0/workspaces/demo/permissions");
            JsonObject owner = memberships.stream().filter(m -> m.getString("permission").equals("owner")).findFirst().orElseThrow();
            JsonObject member = memberships.stream().filter(m -> m.getString("permission").equals("member")).findFirst().orElseThrow();
            String memberUuid = member.getJsonObject("user").getString("uuid");
            String ownerUuid = owner.getJsonObject("user").getString("uuid");

            assertThat(api.all("/2.0/workspaces/demo/permissions?q=" + userIs(ownerUuid)))
                    .singleElement().satisfies(m -> assertThat(m.getString("permission")).isEqualTo("owner"));
            assertThat(api.all("/2.0/workspaces/demo/permissions/repositories?q=" + userIs(memberUuid)))
                    .extracting(p -> p.getJsonObject("repository").getString("full_name")).containsExactly("demo/fixture");

            HttpResponse<String> narrowed = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/_simulator/access"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + memberUuid + "\",\"repositories\":[]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(narrowed.statusCode()).isEqualTo(204);

            assertThat(api.all("/2.0/workspaces/demo/permissions/repositories?q=" + userIs(memberUuid))).isEmpty();
            assertThat(api.all("/2.0/workspaces/demo/permissions/repositories?q=" + userIs(ownerUuid))).hasSize(1);
            assertThat(api.get("/2.0/workspaces/demo/permissions/repositories?q=" + URLEncoder.encode("permission=\"admin\"",
                    StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
        }
    }

    private static String userIs(String uuid) {
        return URLEncoder.encode("user.uuid=\"" + uuid + "\"", StandardCharsets.UTF_8);
    }
}
