package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.SimulatedWorkspace;
import com.bitgraphs.simulator.git.ServedRepository;
import com.bitgraphs.simulator.http.Request;
import com.bitgraphs.simulator.http.Response;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /commits} (with repeatable {@code include}/{@code exclude}, or a revision in the path, up to 100 a page)
 * and {@code /commit/{commit}}.
 */
public record CommitEndpoints(SimulatedWorkspace workspace, Links links) {
    private static final Paging PAGING = Paging.opaque(30, 100);

    public Response list(Request request) {
        ServedRepository repository = repository(request);
        List<String> include = new ArrayList<>(request.queryValues("include"));
        if (request.param("revision") != null) {
            include.add(request.param("revision"));
        }
        List<String> hashes = repository.log().list(repository, include, request.queryValues("exclude"));
        return Response.ok(PAGING.page(request, links, hashes,
                hash -> CommitJson.of(workspace, repository, repository.commit(hash), links)));
    }

    public Response get(Request request) {
        ServedRepository repository = repository(request);
        return Response.ok(CommitJson.of(workspace, repository, repository.commit(request.param("commit")), links));
    }

    private ServedRepository repository(Request request) {
        return workspace.repository(request.param("workspace"), request.param("repo_slug"));
    }
}
