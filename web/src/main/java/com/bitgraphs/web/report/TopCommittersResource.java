package com.bitgraphs.web.report;

import com.bitgraphs.graphs.boundary.Reports;
import com.bitgraphs.graphs.entity.CommitReports.PeriodCommitters;
import com.bitgraphs.graphs.entity.CommitReports.PersonCommits;
import com.bitgraphs.graphs.entity.Grouping;
import com.bitgraphs.web.connect.ConnectJwt;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
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

/** {@code top-committers?groupBy=week|month|year&limit=10}: the people with most commits in each period. */
@Path("api/v1/workspaces/{workspace}/top-committers")
@ConnectJwt(allowContextToken = true)
public class TopCommittersResource {

    @Inject
    ReportRequest request;

    @Inject
    Reports reports;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Answer.CSV})
    public Response topCommitters(@PathParam("workspace") String workspace, @Context UriInfo uri, @Context HttpHeaders headers) {
        ReportRequest.Resolved call = request.resolve(workspace, uri, headers);
        Grouping grouping = ReportParameters.grouping(uri.getQueryParameters(), Grouping.MONTH,
                EnumSet.of(Grouping.WEEK, Grouping.MONTH, Grouping.YEAR));
        int limit = ReportParameters.integer(uri.getQueryParameters(), "limit", 10, 1, 100);
        List<PeriodCommitters> periods = reports.topCommitters(call.filter(), grouping, limit);
        if (call.csv()) {
            return Answer.csv("top-committers", List.of("period", "author_id", "author", "commits"), printer -> {
                for (PeriodCommitters period : periods) {
                    for (PersonCommits committer : period.committers()) {
                        Answer.row(printer, period.period(), committer.author().id(), committer.author().name(), committer.commits());
                    }
                }
            });
        }
        JsonArrayBuilder array = Json.array();
        for (PeriodCommitters period : periods) {
            JsonArrayBuilder committers = Json.array();
            period.committers().forEach(c -> committers.add(Json.object().add("author", Json.person(c.author())).add("commits", c.commits())));
            array.add(Json.object().add("period", period.period()).add("committers", committers));
        }
        return Answer.json(Json.object().add("groupBy", grouping.sqlField()).add("periods", array).build());
    }
}
