package com.bitgraphs.web.workspace;

import com.bitgraphs.access.boundary.ApiTokens;
import com.bitgraphs.tenant.entity.Tenant;
import com.bitgraphs.web.connect.ConnectJwt;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/v1/workspaces/{workspace}/settings/tokens}: an admin's API tokens for scripts. The token is in the
 * creation answer only; listings show a prefix to tell tokens apart.
 */
@Path("api/v1/workspaces/{workspace}/settings/tokens")
@ConnectJwt(allowContextToken = true)
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    CallerWorkspace callerWorkspace;

    @Inject
    CallerAccess access;

    @Inject
    ApiTokens tokens;

    @GET
    public JsonObject list(@PathParam("workspace") String slug) {
        Tenant tenant = adminOf(slug);
        JsonArrayBuilder listed = Json.createArrayBuilder();
        tokens.list(tenant.id()).forEach(token -> listed.add(TokenJson.listed(token)));
        return Json.createObjectBuilder().add("tokens", listed).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("workspace") String slug, JsonObject body) {
        Tenant tenant = adminOf(slug);
        TokenJson.Request request = TokenJson.request(body);
        ApiTokens.Created created = tokens.create(tenant.id(), request.name(), request.scope(), access.actor());
        return Response.status(Response.Status.CREATED).entity(TokenJson.created(created)).build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("workspace") String slug, @PathParam("id") long id) {
        Tenant tenant = adminOf(slug);
        if (!tokens.revoke(tenant.id(), id)) {
            throw new NotFoundException("No live token " + id);
        }
        return Response.noContent().build();
    }

    private Tenant adminOf(String slug) {
        Tenant tenant = callerWorkspace.named(slug);
        access.requireAdmin(tenant);
        return tenant;
    }
}
