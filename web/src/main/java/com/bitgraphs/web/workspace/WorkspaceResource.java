package com.bitgraphs.web.workspace;

import com.bitgraphs.tenant.entity.Tenant;
import com.bitgraphs.web.connect.ConnectJwt;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The caller's workspace. Another workspace's slug is answered exactly like one that does not exist, so
 * a caller learns nothing about other tenants.
 */
@Path("api/v1/workspaces/{workspace}")
@ConnectJwt(allowContextToken = true)
public class WorkspaceResource {

    @Inject
    CallerWorkspace callerWorkspace;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject workspace(@PathParam("workspace") String slug) {
        Tenant tenant = callerWorkspace.named(slug);
        var builder = Json.createObjectBuilder()
                .add("slug", tenant.workspace().slug())
                .add("uuid", tenant.workspace().uuid())
                .add("state", tenant.state().name().toLowerCase(java.util.Locale.ROOT))
                .add("installed_on", tenant.installedAt().toString());
        builder.add("connection", tenant.connectionError().isPresent() ? "broken" : "ok");
        tenant.connectionError().ifPresent(reason -> builder.add("connection_error", reason));
        if (tenant.workspace().displayName() != null) {
            builder.add("name", tenant.workspace().displayName());
        }
        return builder.build();
    }
}
