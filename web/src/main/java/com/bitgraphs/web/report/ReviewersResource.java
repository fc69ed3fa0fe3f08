package com.bitgraphs.web.report;

import com.bitgraphs.graphs.boundary.Reports;
import com.bitgraphs.graphs.entity.PullRequestReports.Reviewer;
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

/** {@code reviewers}: per participant of pull requests created in the range, approvals and participations. */
@Path("api/v1/workspaces/{workspace}/reviewers")
@ConnectJwt(allowContextToken = true)
public class ReviewersResource {

    @Inject
    ReportRequest request;

    @Inject
    Reports reports;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Answer.CSV})
    public Response reviewers(@PathParam("workspace") String workspace, @Context UriInfo uri, @Context HttpHeaders headers) {
        ReportRequest.Resolved call = request.resolve(workspace, uri, headers);
        List<Reviewer> reviewers = reports.reviewers(call.filter());
        if (call.csv()) {
            return Answer.csv("reviewers", List.of("reviewer_id", "reviewer", "approvals", "participations"), printer -> {
                for (Reviewer r : reviewers) {
                    Answer.row(printer, r.reviewer().id(), r.reviewer().name(), r.approvals(), r.participations());
                }
            });
        }
        JsonArrayBuilder array = Json.array();
        reviewers.forEach(r -> array.add(Json.object().add("reviewer", Json.person(r.reviewer()))
                .add("approvals", r.approvals()).add("participations", r.participations())));
        return Answer.json(Json.object().add("reviewers", array).build());
    }
}
