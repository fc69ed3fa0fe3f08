package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.FixtureRepository;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The Bitbucket simulator for integration tests, on the port the server's allow-list names, serving the
 * fixture repository in a workspace of the test's choosing.
 */
final class SimulatedBitbucket {

    private SimulatedBitbucket() {
    }

    static Simulator start(String workspace) {
        return Simulator.start(SimulatorConfig.defaults()
                .withPort(Integer.getInteger("bitgraphs.it.simulator.port"))
                .withWorkspace(workspace)
                .withRepositories(List.of(FixtureRepository.get())));
    }

    /** The uuid of the workspace's owner, who views the simulator's pages. */
    static String ownerUuid(Simulator simulator) throws Exception {
        return memberships(simulator).stream().filter(m -> m.getString("permission").equals("owner"))
                .map(m -> m.getJsonObject("user").getString("uuid")).findFirst().orElseThrow();
    }

    /** The uuid of a member who is not an owner: an author of the fixture. */
    static String memberUuid(Simulator simulator) throws Exception {
        return memberships(simulator).stream().filter(m -> m.getString("permission").equals("member"))
                .map(m -> m.getJsonObject("user").getString("uuid")).findFirst().orElseThrow();
    }

    /** Narrows what a member may read, as a workspace admin would in Bitbucket. */
    static void restrict(Simulator simulator, String memberUuid, List<String> repositories) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(simulator.baseUrl() + "/_simulator/access"))
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("user", memberUuid)
                        .add("repositories", Json.createArrayBuilder(repositories)).build().toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 204) {
            throw new IllegalStateException("the simulator refused to narrow access: " + response.body());
        }
    }

    private static List<JsonObject> memberships(Simulator simulator) throws Exception {
        HttpResponse<String> response = Http.get(URI.create(simulator.baseUrl() + "/2.0/workspaces/" + simulator.workspace()
                + "/permissions?pagelen=100"), "Authorization", "Bearer " + simulator.token());
        return Http.json(response).getJsonArray("values").getValuesAs(JsonObject.class);
    }

    static String descriptorUrl() {
        return DeployedApplication.app("/atlassian-connect.json").toString();
    }
}
