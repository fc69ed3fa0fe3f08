package com.bitgraphs.web.workspace;

import com.bitgraphs.ingest.boundary.SyncStatus;
import com.bitgraphs.tenant.entity.Tenant;
import com.bitgraphs.web.connect.ConnectJwt;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /api/v1/workspaces/{workspace}/sync}: the backfill's progress, for the pages' progress banner; per
 * repository only for the repositories the caller may read.
 */
@Path("api/v1/workspaces/{workspace}/sync")
@ConnectJwt(allowContextToken = true)
public class SyncResource {

    @Inject
    CallerWorkspace callerWorkspace;

    @Inject
    SyncStatus syncStatus;

    @Inject
    CallerAccess access;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject sync(@PathParam("workspace") String slug) {
        Tenant tenant = callerWorkspace.named(slug);
        SyncStatus.Status status = syncStatus.of(tenant.id());
        Optional<Set<Long>> readable = access.readableRepositoryIds(tenant);
        JsonArrayBuilder repositories = Json.createArrayBuilder();
        status.repositories().stream()
                .filter(repository -> readable.map(ids -> ids.contains(repository.id())).orElse(true))
                .forEach(repository -> repositories.add(Json.createObjectBuilder()
                .add("slug", repository.slug())
                .add("commits", repository.commits())
                .add("diffstats_done", repository.diffstatsDone())
                .add("diffstats_total", repository.diffstatsTotal())));
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("state", status.state())
                .add("phase", status.phase())
                .add("api_calls", status.apiCalls())
                .add("rate_limited_seconds", status.rateLimited().toSeconds())
                .add("repositories", repositories);
        add(body, "started_on", status.startedAt());
        add(body, "finished_on", status.finishedAt());
        status.estimatedLeft().ifPresent(left -> body.add("estimated_seconds_left", left.toSeconds()));
        if (status.lastError() != null) {
            body.add("last_error", status.lastError());
        }
        return body.build();
    }

    private static void add(JsonObjectBuilder body, String name, Instant instant) {
        if (instant != null) {
            body.add(name, instant.toString());
        }
    }
}
