package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.SimulatedWorkspace;
import com.bitgraphs.simulator.http.Request;
import com.bitgraphs.simulator.http.Response;

import java.util.List;

/**
 * {@code /repositories/{workspace}} and {@code /repositories/{workspace}/{repo_slug}}.
 */
public record RepositoryEndpoints(SimulatedWorkspace workspace, Links links) {
    private static final Paging PAGING = new Paging(10, 100);

    public Response list(Request request) {
        workspace.require(request.param("workspace"));
        return Response.ok(PAGING.page(request, links, List.copyOf(workspace.shelf().all()),
                r -> RepositoryJson.full(workspace, r, links)));
    }

    public Response get(Request request) {
        return Response.ok(RepositoryJson.full(workspace,
                workspace.repository(request.param("workspace"), request.param("repo_slug")), links));
    }
}
