package com.bitgraphs.web.report;

import com.bitgraphs.web.workspace.CallerAccess;
import com.bitgraphs.graphs.boundary.Reports;
import com.bitgraphs.graphs.entity.Directory;
import com.bitgraphs.tenant.entity.Tenant;
import com.bitgraphs.web.connect.ConnectJwt;
import com.bitgraphs.web.workspace.CallerWorkspace;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/**
 * {@code people} and {@code repositories}: what the reports' filters can name. Excluded people are not listed. The
 * class path is the workspace's own, as other resources under it have: JAX-RS picks root classes by their path
 * pattern first, so a longer class path such as {@code .../people} would hide {@code .../people/{id}/identities}.
 */
@Path("api/v1/workspaces/{workspace}")
@ConnectJwt(allowContextToken = true)
public class DirectoryResource {

    @Inject
    CallerWorkspace callerWorkspace;

    @Inject
    CallerAccess access;

    @Inject
    Reports reports;

    @GET
    @Path("people")
    @Produces({MediaType.APPLICATION_JSON, Answer.CSV})
    public Response people(@PathParam("workspace") String workspace, @Context UriInfo uri, @Context HttpHeaders headers) {
        Tenant tenant = callerWorkspace.named(workspace);
        return people(tenant, csv(uri, headers));
    }

    @GET
    @Path("repositories")
    @Produces({MediaType.APPLICATION_JSON, Answer.CSV})
    public Response repositories(@PathParam("workspace") String workspace, @Context UriInfo uri, @Context HttpHeaders headers) {
        Tenant tenant = callerWorkspace.named(workspace);
        return repositories(tenant, csv(uri, headers));
    }

    private static boolean csv(UriInfo uri, HttpHeaders headers) {
        String format = ReportParameters.single(uri.getQueryParameters(), "format");
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw new jakarta.ws.rs.BadRequestException("format: expected csv or json, not '" + format + "'");
        }
        return "csv".equals(format) || (format == null && ReportRequest.prefersCsv(headers));
    }

    private Response people(Tenant tenant, boolean csv) {
        List<Directory.Person> people = reports.people(tenant.id());
        if (csv) {
            return Answer.csv("people", List.of("id", "name", "identity_id", "identity_name", "email", "account_uuid"), printer -> {
                for (Directory.Person person : people) {
                    for (Directory.Identity identity : person.identities()) {
                        Answer.row(printer, person.id(), person.name(), identity.id(), identity.name(), identity.email(), identity.accountUuid());
                    }
                }
            });
        }
        JsonArrayBuilder array = Json.array();
        for (Directory.Person person : people) {
            JsonArrayBuilder identities = Json.array();
            for (Directory.Identity identity : person.identities()) {
                JsonObjectBuilder json = Json.add(Json.object().add("id", identity.id()), "name", identity.name());
                Json.add(json, "email", identity.email());
                identities.add(Json.add(json, "account_uuid", identity.accountUuid()));
            }
            array.add(Json.add(Json.object().add("id", person.id()), "name", person.name()).add("identities", identities));
        }
        return Answer.json(Json.object().add("people", array).build());
    }

    private Response repositories(Tenant tenant, boolean csv) {
        List<Directory.Repository> repositories = reports.repositories(tenant.id(), access.readableRepositoryIds(tenant));
        if (csv) {
            return Answer.csv("repositories", List.of("slug", "name", "full_name"), printer -> {
                for (Directory.Repository r : repositories) {
                    Answer.row(printer, r.slug(), r.name(), r.fullName());
                }
            });
        }
        JsonArrayBuilder array = Json.array();
        repositories.forEach(r -> array.add(Json.add(Json.object().add("slug", r.slug()).add("name", r.name()), "full_name", r.fullName())));
        return Answer.json(Json.object().add("repositories", array).build());
    }
}
