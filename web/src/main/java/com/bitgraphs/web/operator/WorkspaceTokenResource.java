package com.bitgraphs.web.operator;

import com.bitgraphs.access.boundary.ApiTokens;
import com.bitgraphs.tenant.boundary.Tenants;
import com.bitgraphs.tenant.entity.Tenant;
import com.bitgraphs.web.workspace.TokenJson;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/v1/operator/workspaces/{workspace}/tokens}: the first API token of a workspace that has no
 * Bitbucket page to make one from (the token door), and the demo's.
 */
@Path("api/v1/operator/workspaces/{workspace}/tokens")
@OperatorOnly
public class WorkspaceTokenResource {

    @Inject
    Tenants tenants;

    @Inject
    ApiTokens tokens;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("workspace") String workspace, JsonObject body) {
        Tenant tenant = tenants.byWorkspaceSlug(workspace).filter(Tenant::installed)
                .orElseThrow(() -> new NotFoundException("No installed workspace " + workspace));
        TokenJson.Request request = TokenJson.request(body);
        ApiTokens.Created created = tokens.create(tenant.id(), request.name(), request.scope(), "operator");
        return Response.status(Response.Status.CREATED).entity(TokenJson.created(created)).build();
    }
}
