package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.SimulatedWorkspace;
import com.bitgraphs.simulator.git.ServedRepository;
import com.bitgraphs.simulator.http.ApiProblem;
import com.bitgraphs.simulator.http.Request;
import com.bitgraphs.simulator.http.Response;

/**
 * {@code /diffstat/{spec}} for a single commit (against its first parent), up to 500 entries a page. The two-dot
 * form {@code a..b} is not served: Bitgraphs never asks for it.
 */
public record DiffStatEndpoint(SimulatedWorkspace workspace, Links links) {
    private static final Paging PAGING = new Paging(500, 500);

    public Response get(Request request) {
        ServedRepository repository = workspace.repository(request.param("workspace"), request.param("repo_slug"));
        String spec = request.param("spec");
        if (spec.contains("..")) {
            throw ApiProblem.badRequest("The simulator serves diffstats of single commits only: " + spec);
        }
        if (request.queryValue("renames").filter("false"::equalsIgnoreCase).isPresent()) {
            throw ApiProblem.badRequest("The simulator always detects renames");
        }
        return Response.ok(PAGING.page(request, links, repository.diffstat(spec), DiffStatJson::of));
    }
}
