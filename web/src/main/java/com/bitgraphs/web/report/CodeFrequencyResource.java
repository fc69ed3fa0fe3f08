package com.bitgraphs.web.report;

import com.bitgraphs.graphs.boundary.Reports;
import com.bitgraphs.graphs.entity.CommitReports.WeekFrequency;
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

import java.util.List;

/** {@code code-frequency?repository=slug}: lines added and removed per ISO week, and the running total of lines. */
@Path("api/v1/workspaces/{workspace}/code-frequency")
@ConnectJwt(allowContextToken = true)
public class CodeFrequencyResource {

    @Inject
    ReportRequest request;

    @Inject
    Reports reports;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Answer.CSV})
    public Response codeFrequency(@PathParam("workspace") String workspace, @Context UriInfo uri, @Context HttpHeaders headers) {
        ReportRequest.Resolved call = request.resolve(workspace, uri, headers);
        List<WeekFrequency> weeks = reports.codeFrequency(call.filter());
        if (call.csv()) {
            return Answer.csv("code-frequency", List.of("week", "lines_added", "lines_removed", "total_lines"), printer -> {
                for (WeekFrequency week : weeks) {
                    Answer.row(printer, week.week(), week.linesAdded(), week.linesRemoved(), week.totalLines());
                }
            });
        }
        JsonArrayBuilder array = Json.array();
        weeks.forEach(week -> array.add(Json.object().add("week", week.week()).add("lines_added", week.linesAdded())
                .add("lines_removed", week.linesRemoved()).add("total_lines", week.totalLines())));
        return Answer.json(Json.object().add("weeks", array).build());
    }
}
