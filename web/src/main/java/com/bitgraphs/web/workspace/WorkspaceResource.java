package com.bitgraphs.web.workspace;

import com.bitgraphs.tenant.entity.Tenant;
import com.bitgraphs.web.connect.ConnectJwt;
import com.bitgraphs.web.connect.ConnectJwtFilter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The caller's workspace. Another workspace's slug is answered exactly like one that does not exist, so
 * a caller learns nothing about other tenants.
 */
@Path("api/v1/workspaces/{workspace}")
@ConnectJwt(allowContextToken = true)
public class WorkspaceResource {

    @Context
    ContainerRequestContext request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject workspace(@PathParam("workspace") String slug) {
        Tenant tenant = callersTenant(slug);
        var builder = Json.createObjectBuilder()
                .add("slug", tenant.workspace().slug())
                .add("uuid", tenant.workspace().uuid())
                .add("state", tenant.state().name().toLowerCase(java.util.Locale.ROOT))
                .add("installed_on", tenant.installedAt().toString());
        if (tenant.workspace().displayName() != null) {
            builder.add("name", tenant.workspace().displayName());
        }
        return builder.build();
    }

    private Tenant callersTenant(String slug) {
        Tenant tenant = (Tenant) request.getProperty(ConnectJwtFilter.TENANT);
        if (tenant == null || !tenant.workspace().slug().equals(slug)) {
            throw new NotFoundException("No workspace " + slug);
        }
        return tenant;
    }
}
