package com.bitgraphs.web.report;

import com.bitgraphs.graphs.boundary.Reports;
import com.bitgraphs.graphs.entity.CommitReports.Contributions;
import com.bitgraphs.graphs.entity.CommitReports.DayContributions;
import com.bitgraphs.graphs.entity.PersonRef;
import com.bitgraphs.web.connect.ConnectJwt;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code users/{user}/contributions}: a person's commits and created pull requests per day, for a calendar
 * heatmap; {@code user} is a person id or a Bitbucket account uuid in braces.
 */
@Path("api/v1/workspaces/{workspace}/users/{user}/contributions")
@ConnectJwt(allowContextToken = true)
public class ContributionsResource {

    private static final Pattern USER = Pattern.compile("[1-9][0-9]{0,17}|\\{[0-9a-fA-F-]{1,64}}");

    @Inject
    ReportRequest request;

    @Inject
    Reports reports;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Answer.CSV})
    public Response contributions(@PathParam("workspace") String workspace, @PathParam("user") String user,
                                  @Context UriInfo uri, @Context HttpHeaders headers) {
        ReportRequest.Resolved call = request.resolve(workspace, uri, headers);
        if (!USER.matcher(user).matches()) {
            throw new BadRequestException("user: expected a person id or a Bitbucket account uuid such as {1f2e...}, not '" + user + "'");
        }
        PersonRef person = reports.person(call.tenant().id(), user).orElseThrow(() -> new NotFoundException("No such user in this workspace"));
        Contributions contributions = reports.contributions(call.filter(), person);
        if (call.csv()) {
            return Answer.csv("contributions", List.of("date", "commits", "pull_requests"), printer -> {
                for (DayContributions day : contributions.days()) {
                    Answer.row(printer, day.date(), day.commits(), day.pullRequests());
                }
            });
        }
        JsonArrayBuilder days = Json.array();
        contributions.days().forEach(day -> days.add(Json.object().add("date", day.date().toString())
                .add("commits", day.commits()).add("pull_requests", day.pullRequests())));
        return Answer.json(Json.object().add("user", Json.person(person))
                .add("since", contributions.since().toString()).add("until", contributions.until().toString())
                .add("days", days).add("total_commits", contributions.totalCommits())
                .add("total_pull_requests", contributions.totalPullRequests()).build());
    }
}
