package com.bitgraphs.web.pages;

import com.bitgraphs.connect.boundary.ContextTokens;
import com.bitgraphs.connect.control.ContextTokenSigner;
import com.bitgraphs.connect.control.QshKind;
import com.bitgraphs.connect.control.VerifiedConnectJwt;
import com.bitgraphs.repository.boundary.RepositoryDirectory;
import com.bitgraphs.tenant.entity.Tenant;
import com.bitgraphs.web.connect.ConnectJwt;
import com.bitgraphs.web.connect.ConnectJwtFilter;
import com.bitgraphs.web.workspace.CallerWorkspace;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The pages of the descriptor's modules. Each load carries Bitbucket's page JWT; the workspace it names must be
 * the token's. A page JWT bound to the page's URL earns the page a short-lived context token for its API calls,
 * used when Bitbucket's {@code all.js} is not there to give one. Bitbucket may sign page loads with
 * {@code context-qsh}: such a load is shown (a page is a read, like the API that token opens anyway) but gets no
 * token of ours, so no context token can ever be renewed into another; inside Bitbucket {@code all.js} gives the
 * page its tokens.
 */
@Path("pages")
@ConnectJwt(allowContextToken = true)
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class PageResource {

    @Inject
    CallerWorkspace callerWorkspace;

    @Inject
    ContextTokens contextTokens;

    @Inject
    RepositoryDirectory repositories;

    @Inject
    PageShell shell;

    @Inject
    PageSettings settings;

    @Context
    HttpServletRequest request;

    @GET
    @Path("workspace")
    public Response workspace(@QueryParam("workspace") String workspace) {
        return page(PageKind.WORKSPACE, workspace, Json.createObjectBuilder());
    }

    @GET
    @Path("settings")
    public Response settings(@QueryParam("workspace") String workspace) {
        return page(PageKind.SETTINGS, workspace, Json.createObjectBuilder());
    }

    @GET
    @Path("repository")
    public Response repository(@QueryParam("workspace") String workspace, @QueryParam("repository") String uuid) {
        required("repository", uuid);
        JsonObjectBuilder context = Json.createObjectBuilder().add("repository_uuid", uuid);
        // Unknown until the backfill has listed it: the page then says so and shows the progress
        callerWorkspace.named(required("workspace", workspace));
        repositories.byUuid(uuid).ifPresent(repository -> context
                .add("repository", Json.createObjectBuilder().add("slug", repository.slug()).add("name", repository.name())));
        return page(PageKind.REPOSITORY, workspace, context);
    }

    @GET
    @Path("profile")
    public Response profile(@QueryParam("workspace") String workspace, @QueryParam("user") String user) {
        return page(PageKind.PROFILE, workspace, Json.createObjectBuilder().add("user", required("user", user)));
    }

    private Response page(PageKind kind, String workspace, JsonObjectBuilder context) {
        Tenant tenant = callerWorkspace.named(required("workspace", workspace));
        VerifiedConnectJwt pageJwt = (VerifiedConnectJwt) request.getAttribute(ConnectJwtFilter.TOKEN);
        context.add("page", kind.id())
                .add("workspace", tenant.workspace().slug())
                .add("api", request.getContextPath() + "/api/v1/workspaces/" + tenant.workspace().slug());
        if (pageJwt.qshKind() == QshKind.REQUEST_BOUND) {
            ContextTokenSigner.Signed token = contextTokens.issue(tenant, pageJwt.subject());
            context.add("token", token.token()).add("token_expires_at", token.expiresAt().toString());
        }
        return Response.ok(shell.render(kind, context.build()))
                .header("Content-Security-Policy", settings.policy().value())
                // The page's URL holds its JWT: it must travel nowhere, and the page holds a token: never cache it
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("The page needs its " + name + " parameter");
        }
        return value;
    }
}
