package com.bitgraphs.web.report;

import com.bitgraphs.graphs.boundary.Reports;
import com.bitgraphs.graphs.entity.CommitReports.Contributor;
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

/**
 * {@code contributors?sort=commits|lines_added|lines_removed&groupBy=day|week|month}: per person totals, first and
 * last commit, and a series for small multiples; people without commits in the range are left out.
 */
@Path("api/v1/workspaces/{workspace}/contributors")
@ConnectJwt(allowContextToken = true)
public class ContributorsResource {

    @Inject
    ReportRequest request;

    @Inject
    Reports reports;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Answer.CSV})
    public Response contributors(@PathParam("workspace") String workspace, @Context UriInfo uri, @Context HttpHeaders headers) {
        ReportRequest.Resolved call = request.resolve(workspace, uri, headers);
        Grouping grouping = ReportParameters.grouping(uri.getQueryParameters(), Grouping.WEEK,
                EnumSet.of(Grouping.DAY, Grouping.WEEK, Grouping.MONTH));
        String sort = ReportParameters.choice(uri.getQueryParameters(), "sort", "commits", List.of("commits", "lines_added", "lines_removed"));
        List<Contributor> contributors = reports.contributors(call.filter(), grouping, sort);
        if (call.csv()) {
            return Answer.csv("contributors", List.of("author_id", "author", "commits", "lines_added", "lines_removed",
                    "first_commit", "last_commit"), printer -> {
                for (Contributor c : contributors) {
                    Answer.row(printer, c.author().id(), c.author().name(), c.totals().commits(), c.totals().linesAdded(),
                            c.totals().linesRemoved(), c.firstCommit(), c.lastCommit());
                }
            });
        }
        JsonArrayBuilder array = Json.array();
        for (Contributor c : contributors) {
            var json = Json.totals(Json.object().add("author", Json.person(c.author())), c.totals());
            Json.add(json, "first_commit", c.firstCommit());
            Json.add(json, "last_commit", c.lastCommit());
            array.add(json.add("series", ActivityResource.series(c.series())));
        }
        return Answer.json(Json.object().add("groupBy", grouping.sqlField()).add("contributors", array).build());
    }
}
