package com.bitgraphs.web.report;

import com.bitgraphs.web.workspace.CallerAccess;
import com.bitgraphs.graphs.boundary.ReportSettings;
import com.bitgraphs.tenant.entity.Tenant;
import com.bitgraphs.web.connect.ConnectJwt;
import com.bitgraphs.web.workspace.CallerWorkspace;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code settings/excluded-people}: case-insensitive globs matched against people's names and emails; a matching
 * person vanishes from every report at once (matching happens per request, nothing is recomputed). Workspace
 * admins only.
 */
@Path("api/v1/workspaces/{workspace}/settings/excluded-people")
@ConnectJwt(allowContextToken = true)
public class ExcludedPeopleResource {

    @Inject
    CallerWorkspace callerWorkspace;

    @Inject
    CallerAccess access;

    @Inject
    ReportSettings settings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject patterns(@PathParam("workspace") String workspace) {
        Tenant tenant = callerWorkspace.named(workspace);
        access.requireAdmin(tenant);
        return Json.object().add("patterns", Json.array(settings.excludedPeople(tenant.id()))).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject replace(@PathParam("workspace") String workspace, JsonObject body) {
        Tenant tenant = callerWorkspace.named(workspace);
        access.requireAdmin(tenant);
        return Json.object().add("patterns", Json.array(settings.replaceExcludedPeople(tenant.id(), Patterns.of(body, 200, 320)))).build();
    }
}
