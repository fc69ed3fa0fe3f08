package com.bitgraphs.web.operator;

import com.bitgraphs.ingest.batch.BackfillJob;
import com.bitgraphs.tenant.boundary.Tenants;
import com.bitgraphs.tenant.entity.Tenant;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Starts a workspace's sync on an operator's demand: the full backfill, or with {@code ?incremental=true}
 * the resync that stops at stored commits. One sync per workspace at a time.
 */
@Path("api/v1/operator/workspaces/{workspace}/sync")
@OperatorOnly
public class WorkspaceSyncResource {

    @Inject
    Tenants tenants;

    @Inject
    BackfillJob backfill;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("workspace") String workspace, @QueryParam("incremental") @DefaultValue("false") boolean incremental) {
        Tenant tenant = tenants.byWorkspaceSlug(workspace).filter(Tenant::installed)
                .orElseThrow(() -> new NotFoundException("No installed workspace " + workspace));
        if (backfill.running(tenant.id())) {
            throw new WebApplicationException("A sync of " + workspace + " is already running", Response.Status.CONFLICT);
        }
        long execution = incremental ? backfill.startIncremental(tenant.id()) : backfill.start(tenant.id());
        return Response.accepted(Json.createObjectBuilder()
                .add("workspace", workspace).add("incremental", incremental).add("execution", execution).build()).build();
    }
}
