package com.bitgraphs.simulator.schema;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.ApiClient;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint's answer has the shape Bitbucket's OpenAPI document gives its 200 response. The document is read
 * from {@code shared/} beside the checkout; without it this test is skipped, saying so.
 */
class AnswersMatchBitbucketSchemasTest {

    @Test
    void everyEndpointAnswersInItsDocumentedShape() {
        OpenApiDocument document = OpenApiDocument.locate().orElse(null);
        Assumptions.assumeTrue(document != null,
                "SKIPPED: shared/bitbucket/swagger.v3.json not found above the module; schemas not checked");
        try (Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withRepositories(List.of(FixtureRepository.get())))) {
            ApiClient api = new ApiClient(simulator.baseUrl(), simulator.token());
            String repo = "/repositories/demo/fixture";
            JsonObject commits = api.json("/2.0" + repo + "/commits?pagelen=100");
            String merge = commits.getJsonArray("values").stream().map(JsonObject.class::cast)
                    .filter(c -> c.getJsonArray("parents").size() > 1).findFirst().orElseThrow().getString("hash");
            String member = api.json("/2.0/workspaces/demo/members").getJsonArray("values").getJsonObject(0)
                    .getJsonObject("user").getString("uuid");

            Map<String, String> calls = new LinkedHashMap<>();
            calls.put("/repositories/{workspace}", "/repositories/demo");
            calls.put("/repositories/{workspace}/{repo_slug}", repo);
            calls.put("/repositories/{workspace}/{repo_slug}/commits", repo + "/commits?pagelen=100");
            calls.put("/repositories/{workspace}/{repo_slug}/commit/{commit}", repo + "/commit/" + merge);
            calls.put("/repositories/{workspace}/{repo_slug}/diffstat/{spec}", repo + "/diffstat/" + merge);
            calls.put("/repositories/{workspace}/{repo_slug}/pullrequests",
                    repo + "/pullrequests?state=OPEN&state=MERGED&state=DECLINED");
            calls.put("/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}", repo + "/pullrequests/7");
            calls.put("/workspaces/{workspace}/members", "/workspaces/demo/members");
            calls.put("/workspaces/{workspace}/permissions", "/workspaces/demo/permissions");
            calls.put("/workspaces/{workspace}/permissions/repositories", "/workspaces/demo/permissions/repositories");
            calls.put("/workspaces/{workspace}/permissions/repositories/{repo_slug}",
                    "/workspaces/demo/permissions/repositories/fixture");
            calls.put("/user", "/user");
            calls.put("/users/{selected_user}", "/users/" + URLEncoder.encode(member, StandardCharsets.UTF_8));

            List<String> problems = new ArrayList<>();
            calls.forEach((template, path) -> {
                String schema = document.responseSchema(template);
                new ShapeCheck(document).check(api.json("/2.0" + path), schema)
                        .forEach(p -> problems.add(template + " (" + schema + "): " + p.replaceAll("\\[\\d+]", "[]")));
            });
            String error = api.get("/2.0" + repo + "/commit/0000000").body();
            new ShapeCheck(document).check(ApiClient.parse(error), "error").forEach(problems::add);
            assertThat(problems.stream().distinct()).isEmpty();
        }
    }
}
