package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.SimulatedWorkspace;
import com.bitgraphs.simulator.git.ServedRepository;
import com.bitgraphs.simulator.http.JsonBuilders;
import com.bitgraphs.simulator.http.Request;
import com.bitgraphs.simulator.http.Response;
import com.bitgraphs.simulator.members.Member;
import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code /workspaces/{workspace}/permissions/repositories[/{repo_slug}]}: every member may write every repository
 * (the simulator models no finer access), the admin administers them.
 */
public record PermissionEndpoints(SimulatedWorkspace workspace, Links links) {
    private static final Paging PAGING = new Paging(10, 100);

    public Response all(Request request) {
        workspace.require(request.param("workspace"));
        return Response.ok(PAGING.page(request, links, grants(workspace.shelf().all()), this::shape));
    }

    public Response one(Request request) {
        ServedRepository repository = workspace.repository(request.param("workspace"), request.param("repo_slug"));
        return Response.ok(PAGING.page(request, links, grants(List.of(repository)), this::shape));
    }

    private List<Grant> grants(Collection<ServedRepository> repositories) {
        List<Grant> grants = new ArrayList<>();
        for (ServedRepository repository : repositories) {
            grants.add(new Grant(repository, workspace.members().admin(), "admin"));
            workspace.members().all().forEach(m -> grants.add(new Grant(repository, m, "write")));
        }
        return grants;
    }

    private JsonObject shape(Grant grant) {
        return JsonBuilders.object()
                .add("type", "repository_permission")
                .add("permission", grant.permission())
                .add("user", AccountJson.of(grant.member(), links))
                .add("repository", RepositoryJson.brief(workspace, grant.repository(), links))
                .build();
    }

    private record Grant(ServedRepository repository, Member member, String permission) {
    }
}
