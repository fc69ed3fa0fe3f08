package com.bitgraphs.web.report;

import com.bitgraphs.web.workspace.CallerAccess;
import com.bitgraphs.graphs.boundary.ReportSettings;
import com.bitgraphs.graphs.boundary.Reports;
import com.bitgraphs.tenant.entity.Tenant;
import com.bitgraphs.web.connect.ConnectJwt;
import com.bitgraphs.web.workspace.CallerWorkspace;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code settings/file-exclusions}: per repository, .gitignore-syntax lines whose files' lines the reports do not
 * count. A PUT recomputes that repository's rollups before it answers. Workspace admins only.
 */
@Path("api/v1/workspaces/{workspace}/settings/file-exclusions")
@ConnectJwt(allowContextToken = true)
public class FileExclusionsResource {

    @Inject
    CallerWorkspace callerWorkspace;

    @Inject
    CallerAccess access;

    @Inject
    ReportSettings settings;

    @Inject
    Reports reports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject all(@PathParam("workspace") String workspace) {
        Tenant tenant = callerWorkspace.named(workspace);
        access.requireAdmin(tenant);
        JsonArrayBuilder repositories = Json.array();
        settings.fileExclusions(tenant.id()).forEach(r -> repositories.add(Json.object().add("slug", r.slug())
                .add("patterns", Json.array(r.patterns()))));
        return Json.object().add("repositories", repositories).build();
    }

    @PUT
    @Path("{repository}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject replace(@PathParam("workspace") String workspace, @PathParam("repository") String slug, JsonObject body) {
        Tenant tenant = callerWorkspace.named(workspace);
        access.requireAdmin(tenant);
        List<String> patterns = Patterns.of(body, 200, 500);
        Long repository = reports.repositoryIds(tenant.id(), access.readableRepositoryIds(tenant)).get(slug);
        if (repository == null) {
            throw new NotFoundException("No repository " + slug + " in this workspace");
        }
        for (String pattern : patterns) {
            if (pattern.indexOf('\n') >= 0 || pattern.indexOf('\r') >= 0) {
                throw new BadRequestException("patterns: one .gitignore line per entry, without line breaks");
            }
        }
        return Json.object().add("slug", slug)
                .add("patterns", Json.array(settings.replaceFileExclusions(tenant.id(), repository, patterns))).build();
    }
}
