package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.SimulatedWorkspace;
import com.bitgraphs.simulator.http.JsonBuilders;
import com.bitgraphs.simulator.http.Request;
import com.bitgraphs.simulator.http.Response;
import com.bitgraphs.simulator.members.Member;
import jakarta.json.JsonObject;

/**
 * {@code /workspaces/{workspace}/members}: {@code workspace_membership} objects, sorted by email.
 */
public record MemberEndpoints(SimulatedWorkspace workspace, Links links) {
    private static final Paging PAGING = new Paging(50, 100);

    public Response list(Request request) {
        workspace.require(request.param("workspace"));
        return Response.ok(PAGING.page(request, links, workspace.members().all(), this::membership));
    }

    private JsonObject membership(Member member) {
        return JsonBuilders.object()
                .add("type", "workspace_membership")
                .add("user", AccountJson.of(member, links))
                .add("workspace", WorkspaceJson.of(workspace, links))
                .add("links", JsonBuilders.object().add("self", Links.href(links.api(
                        "/workspaces/" + workspace.slug() + "/members/" + Links.segment(member.uuid())))))
                .build();
    }
}
