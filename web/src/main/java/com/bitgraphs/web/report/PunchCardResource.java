package com.bitgraphs.web.report;

import com.bitgraphs.graphs.boundary.Reports;
import com.bitgraphs.graphs.entity.CommitReports.PunchCell;
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

/** {@code punch-card}: commits by ISO weekday (1 = Monday) and hour in {@code tz}, all 168 cells. */
@Path("api/v1/workspaces/{workspace}/punch-card")
@ConnectJwt(allowContextToken = true)
public class PunchCardResource {

    @Inject
    ReportRequest request;

    @Inject
    Reports reports;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Answer.CSV})
    public Response punchCard(@PathParam("workspace") String workspace, @Context UriInfo uri, @Context HttpHeaders headers) {
        ReportRequest.Resolved call = request.resolve(workspace, uri, headers);
        List<PunchCell> cells = reports.punchCard(call.filter());
        if (call.csv()) {
            return Answer.csv("punch-card", List.of("weekday", "hour", "commits"), printer -> {
                for (PunchCell cell : cells) {
                    Answer.row(printer, cell.weekday(), cell.hour(), cell.commits());
                }
            });
        }
        JsonArrayBuilder array = Json.array();
        cells.forEach(cell -> array.add(Json.object().add("weekday", cell.weekday()).add("hour", cell.hour()).add("commits", cell.commits())));
        return Answer.json(Json.object().add("cells", array).build());
    }
}
