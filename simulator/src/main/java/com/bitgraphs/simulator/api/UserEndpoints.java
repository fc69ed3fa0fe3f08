package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.SimulatedWorkspace;
import com.bitgraphs.simulator.http.ApiProblem;
import com.bitgraphs.simulator.http.Request;
import com.bitgraphs.simulator.http.Response;
import com.bitgraphs.simulator.members.Member;

/**
 * {@code /user} (the workspace admin, on whose behalf apps are installed and tokens issued), {@code /users/{user}}
 * by uuid or account id, and {@code /users/{user}/properties/{app}/{property}}, of which none are stored: the app
 * only reads properties, and the simulator has no way to set them.
 */
public record UserEndpoints(SimulatedWorkspace workspace, Links links) {

    public Response current(Request request) {
        return Response.ok(AccountJson.of(workspace.members().admin(), links));
    }

    public Response get(Request request) {
        return Response.ok(AccountJson.of(user(request), links));
    }

    public Response property(Request request) {
        user(request);
        throw ApiProblem.notFound("Property " + request.param("property_name") + " not found");
    }

    private Member user(Request request) {
        String selector = request.param("selected_user");
        return workspace.members().find(selector)
                .orElseThrow(() -> ApiProblem.notFound("User " + selector + " not found"));
    }
}
