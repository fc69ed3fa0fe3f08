package com.bitgraphs.web.operator;

import com.bitgraphs.retention.boundary.RetentionSweep;
import com.bitgraphs.retention.entity.PurgeCandidate;
import com.bitgraphs.retention.entity.PurgeReport;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The retention sweep for operators: {@code GET ?date=YYYY-MM-DD} lists the workspaces the sweep of that day
 * (today by default) would purge, changing nothing; {@code POST} runs a sweep now and says what it purged.
 */
@Path("api/v1/operator/retention/sweep")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
public class RetentionSweepResource {

    @Inject
    RetentionSweep sweep;

    @GET
    public JsonObject dryRun(@QueryParam("date") String date) {
        LocalDate day = date == null || date.isBlank() ? sweep.today() : parse(date);
        return Json.createObjectBuilder()
                .add("date", day.toString())
                .add("dry_run", true)
                .add("tenants", tenants(sweep.dueOn(day)))
                .build();
    }

    @POST
    public JsonObject sweepNow() {
        PurgeReport report = sweep.sweep();
        JsonObjectBuilder deleted = Json.createObjectBuilder();
        report.deletedRows().forEach(deleted::add);
        return Json.createObjectBuilder()
                .add("swept_at", report.sweptAt().toString())
                .add("dry_run", false)
                .add("tenants", tenants(report.purged()))
                .add("deleted_rows", deleted)
                .build();
    }

    private static JsonArrayBuilder tenants(List<PurgeCandidate> candidates) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (PurgeCandidate candidate : candidates) {
            array.add(Json.createObjectBuilder()
                    .add("tenant", candidate.tenant().toString())
                    .add("workspace", candidate.workspaceSlug())
                    .add("uninstalled_on", candidate.uninstalledAt().atOffset(ZoneOffset.UTC).toLocalDate().toString())
                    .add("uninstalled_at", candidate.uninstalledAt().toString())
                    .add("purge_due", candidate.purgeDue().atOffset(ZoneOffset.UTC).toLocalDate().toString())
                    .add("purge_due_at", candidate.purgeDue().toString()));
        }
        return array;
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("date must be an ISO date (YYYY-MM-DD), not " + date);
        }
    }
}
