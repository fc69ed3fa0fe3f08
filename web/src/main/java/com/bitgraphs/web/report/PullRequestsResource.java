package com.bitgraphs.web.report;

import com.bitgraphs.graphs.boundary.Exports;
import com.bitgraphs.graphs.boundary.Reports;
import com.bitgraphs.graphs.entity.ExportRows.PullRequestRow;
import com.bitgraphs.graphs.entity.Grouping;
import com.bitgraphs.graphs.entity.PullRequestReports.Bin;
import com.bitgraphs.graphs.entity.PullRequestReports.CycleTime;
import com.bitgraphs.graphs.entity.PullRequestReports.OpenPullRequest;
import com.bitgraphs.graphs.entity.PullRequestReports.Phase;
import com.bitgraphs.graphs.entity.PullRequestReports.ResolutionGroup;
import com.bitgraphs.graphs.entity.PullRequestReports.Throughput;
import com.bitgraphs.web.connect.ConnectJwt;
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

import java.util.EnumSet;
import java.util.List;

/**
 * The pull-request reports: throughput per period ({@code pull-requests}), {@code resolution-time},
 * {@code cycle-time}, {@code open} and the streamed {@code export}. The range selects pull requests by creation,
 * except resolution time (by close) and open ones (open now, whenever created).
 */
@Path("api/v1/workspaces/{workspace}/pull-requests")
@ConnectJwt(allowContextToken = true)
public class PullRequestsResource {

    private static final List<String> EXPORT_HEADER = List.of("repository", "id", "title", "state", "author", "created_on",
            "updated_on", "merged_or_declined_on", "destination", "reviewers", "approvals", "time_to_first_review_hours",
            "time_to_merge_hours");

    @Inject
    ReportRequest request;

    @Inject
    Reports reports;

    @Inject
    Exports exports;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Answer.CSV})
    public Response throughput(@PathParam("workspace") String workspace, @Context UriInfo uri, @Context HttpHeaders headers) {
        ReportRequest.Resolved call = request.resolve(workspace, uri, headers);
        Grouping grouping = ReportParameters.grouping(uri.getQueryParameters(), Grouping.WEEK,
                EnumSet.of(Grouping.DAY, Grouping.WEEK, Grouping.MONTH));
        List<Throughput> series = reports.pullRequests(call.filter(), grouping);
        if (call.csv()) {
            return Answer.csv("pull-requests", List.of("period", "created", "merged", "declined", "cumulative_created",
                    "cumulative_merged", "cumulative_declined"), printer -> {
                for (Throughput t : series) {
                    Answer.row(printer, t.period(), t.created(), t.merged(), t.declined(), t.cumulativeCreated(),
                            t.cumulativeMerged(), t.cumulativeDeclined());
                }
            });
        }
        JsonArrayBuilder array = Json.array();
        series.forEach(t -> array.add(Json.object().add("period", t.period()).add("created", t.created()).add("merged", t.merged())
                .add("declined", t.declined()).add("cumulative_created", t.cumulativeCreated())
                .add("cumulative_merged", t.cumulativeMerged()).add("cumulative_declined", t.cumulativeDeclined())));
        return Answer.json(Json.object().add("groupBy", grouping.sqlField()).add("series", array).build());
    }

    @GET
    @Path("resolution-time")
    @Produces({MediaType.APPLICATION_JSON, Answer.CSV})
    public Response resolutionTime(@PathParam("workspace") String workspace, @Context UriInfo uri, @Context HttpHeaders headers) {
        ReportRequest.Resolved call = request.resolve(workspace, uri, headers);
        List<ResolutionGroup> groups = reports.resolutionTime(call.filter());
        if (call.csv()) {
            return Answer.csv("resolution-time", List.of("state", "destination", "count", "median_hours", "p25_hours", "p75_hours"),
                    printer -> {
                        for (ResolutionGroup g : groups) {
                            Answer.row(printer, g.state(), g.destination(), g.count(), Json.round(g.medianHours()),
                                    Json.round(g.p25Hours()), Json.round(g.p75Hours()));
                        }
                    });
        }
        JsonArrayBuilder array = Json.array();
        for (ResolutionGroup g : groups) {
            JsonArrayBuilder histogram = Json.array();
            for (Bin bin : g.histogram()) {
                JsonObjectBuilder json = Json.object().add("from_hours", bin.fromHours());
                Json.hours(json, "to_hours", bin.toHours());
                histogram.add(json.add("count", bin.count()));
            }
            JsonObjectBuilder json = Json.add(Json.object().add("state", g.state()), "destination", g.destination()).add("count", g.count());
            Json.hours(json, "median_hours", g.medianHours());
            Json.hours(json, "p25_hours", g.p25Hours());
            Json.hours(json, "p75_hours", g.p75Hours());
            array.add(json.add("histogram", histogram));
        }
        return Answer.json(Json.object().add("groups", array).build());
    }

    @GET
    @Path("cycle-time")
    @Produces({MediaType.APPLICATION_JSON, Answer.CSV})
    public Response cycleTime(@PathParam("workspace") String workspace, @Context UriInfo uri, @Context HttpHeaders headers) {
        ReportRequest.Resolved call = request.resolve(workspace, uri, headers);
        CycleTime cycle = reports.cycleTime(call.filter());
        List<String> names = List.of("time_to_open_hours", "time_to_first_review_hours", "time_to_approval_hours", "time_to_merge_hours");
        List<Phase> phases = java.util.Arrays.asList(cycle.timeToOpen(), cycle.timeToFirstReview(), cycle.timeToApproval(), cycle.timeToMerge());
        if (call.csv()) {
            return Answer.csv("cycle-time", List.of("phase", "median_hours", "mean_hours", "count"), printer -> {
                for (int i = 0; i < names.size(); i++) {
                    Phase phase = phases.get(i);
                    Answer.row(printer, names.get(i), phase == null ? null : Json.round(phase.median()),
                            phase == null ? null : Json.round(phase.mean()), cycle.count());
                }
            });
        }
        JsonObjectBuilder json = Json.object();
        for (int i = 0; i < names.size(); i++) {
            Phase phase = phases.get(i);
            if (phase == null) {
                json.addNull(names.get(i));
            } else {
                JsonObjectBuilder p = Json.object();
                Json.hours(p, "median", phase.median());
                Json.hours(p, "mean", phase.mean());
                json.add(names.get(i), p);
            }
        }
        return Answer.json(Json.object().add("count", cycle.count()).add("phases", json).build());
    }

    @GET
    @Path("open")
    @Produces({MediaType.APPLICATION_JSON, Answer.CSV})
    public Response open(@PathParam("workspace") String workspace, @Context UriInfo uri, @Context HttpHeaders headers) {
        ReportRequest.Resolved call = request.resolve(workspace, uri, headers);
        List<OpenPullRequest> open = reports.openPullRequests(call.filter());
        if (call.csv()) {
            return Answer.csv("open-pull-requests", List.of("repository", "id", "title", "author_id", "author", "created_on", "age_days"),
                    printer -> {
                        for (OpenPullRequest pr : open) {
                            Answer.row(printer, pr.repository(), pr.id(), pr.title(), pr.author() == null ? null : pr.author().id(),
                                    pr.author() == null ? null : pr.author().name(), pr.createdOn(), pr.ageDays());
                        }
                    });
        }
        JsonArrayBuilder array = Json.array();
        for (OpenPullRequest pr : open) {
            JsonObjectBuilder json = Json.object().add("repository", pr.repository()).add("id", pr.id()).add("title", pr.title());
            if (pr.author() == null) {
                json.addNull("author");
            } else {
                json.add("author", Json.person(pr.author()));
            }
            array.add(Json.add(json, "created_on", pr.createdOn()).add("age_days", pr.ageDays()));
        }
        return Answer.json(Json.object().add("pull_requests", array).build());
    }

    @GET
    @Path("export")
    @Produces({ExportFormat.JSON_LINES, MediaType.APPLICATION_JSON, Answer.CSV})
    public Response export(@PathParam("workspace") String workspace, @Context UriInfo uri, @Context HttpHeaders headers) {
        ReportRequest.Resolved call = request.resolve(workspace, uri, headers);
        return ExportFormat.respond(call.csv(), "pull-requests", EXPORT_HEADER,
                sink -> exports.pullRequests(call.filter(), row -> sink.accept(values(row))));
    }

    private static List<Object> values(PullRequestRow r) {
        return java.util.Arrays.asList(r.repository(), r.id(), r.title(), r.state(), r.author(), r.createdOn(), r.updatedOn(),
                r.mergedOrDeclinedOn(), r.destination(), r.reviewers(), r.approvals(), Json.round(r.timeToFirstReviewHours()),
                Json.round(r.timeToMergeHours()));
    }
}
