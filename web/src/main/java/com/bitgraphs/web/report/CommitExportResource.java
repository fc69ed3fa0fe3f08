package com.bitgraphs.web.report;

import com.bitgraphs.graphs.boundary.Exports;
import com.bitgraphs.graphs.entity.ExportRows.CommitRow;
import com.bitgraphs.web.connect.ConnectJwt;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.Arrays;
import java.util.List;

/**
 * {@code commits/export}: every commit of the range, oldest first, streamed as JSON lines or CSV. Lines are after file
 * exclusions; they are empty for merge commits (their lines count on the commits they bring) and until a diffstat is read.
 */
@Path("api/v1/workspaces/{workspace}/commits/export")
@ConnectJwt(allowContextToken = true)
public class CommitExportResource {

    private static final List<String> HEADER = List.of("date", "author_name", "author_email", "bitbucket_user", "repository",
            "hash", "is_merge", "lines_added", "lines_removed");

    @Inject
    ReportRequest request;

    @Inject
    Exports exports;

    @GET
    @Produces({ExportFormat.JSON_LINES, MediaType.APPLICATION_JSON, Answer.CSV})
    public Response export(@PathParam("workspace") String workspace, @Context UriInfo uri, @Context HttpHeaders headers) {
        ReportRequest.Resolved call = request.resolve(workspace, uri, headers);
        return ExportFormat.respond(call.csv(), "commits", HEADER,
                sink -> exports.commits(call.filter(), row -> sink.accept(values(row))));
    }

    private static List<Object> values(CommitRow r) {
        return Arrays.asList(r.date(), r.authorName(), r.authorEmail(), r.bitbucketUser(), r.repository(), r.hash(), r.merge(),
                r.linesAdded(), r.linesRemoved());
    }
}
