package com.bitgraphs.web.report;

import com.bitgraphs.graphs.boundary.Reports;
import com.bitgraphs.graphs.entity.CommitReports.PeriodTotals;
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

/** {@code activity?groupBy=day|week|month}: commits and lines per period, every period of the range present. */
@Path("api/v1/workspaces/{workspace}/activity")
@ConnectJwt(allowContextToken = true)
public class ActivityResource {

    @Inject
    ReportRequest request;

    @Inject
    Reports reports;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Answer.CSV})
    public Response activity(@PathParam("workspace") String workspace, @Context UriInfo uri, @Context HttpHeaders headers) {
        ReportRequest.Resolved call = request.resolve(workspace, uri, headers);
        Grouping grouping = ReportParameters.grouping(uri.getQueryParameters(), Grouping.WEEK,
                EnumSet.of(Grouping.DAY, Grouping.WEEK, Grouping.MONTH));
        List<PeriodTotals> series = reports.activity(call.filter(), grouping);
        if (call.csv()) {
            return Answer.csv("activity", List.of("period", "commits", "lines_added", "lines_removed"), printer -> {
                for (PeriodTotals period : series) {
                    Answer.row(printer, period.period(), period.totals().commits(), period.totals().linesAdded(),
                            period.totals().linesRemoved());
                }
            });
        }
        return Answer.json(Json.object().add("groupBy", grouping.sqlField()).add("series", series(series)).build());
    }

    static JsonArrayBuilder series(List<PeriodTotals> series) {
        JsonArrayBuilder array = Json.array();
        series.forEach(period -> array.add(Json.totals(Json.object().add("period", period.period()), period.totals())));
        return array;
    }
}
