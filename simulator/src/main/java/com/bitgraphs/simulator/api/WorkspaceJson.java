package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.SimulatedWorkspace;
import com.bitgraphs.simulator.http.JsonBuilders;
import jakarta.json.JsonObjectBuilder;

/**
 * A workspace in Bitbucket's {@code workspace} shape.
 */
public final class WorkspaceJson {
    private WorkspaceJson() {
    }

    public static JsonObjectBuilder of(SimulatedWorkspace workspace, Links links) {
        return JsonBuilders.object()
                .add("type", "workspace")
                .add("uuid", workspace.uuid())
                .add("slug", workspace.slug())
                .add("name", workspace.slug())
                .add("links", JsonBuilders.object()
                        .add("self", Links.href(links.api("/workspaces/" + workspace.slug())))
                        .add("html", Links.href(links.page("/" + workspace.slug()))));
    }
}
