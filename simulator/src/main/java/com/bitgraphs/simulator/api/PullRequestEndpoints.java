package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.SimulatedWorkspace;
import com.bitgraphs.simulator.git.ServedRepository;
import com.bitgraphs.simulator.http.ApiProblem;
import com.bitgraphs.simulator.http.Request;
import com.bitgraphs.simulator.http.Response;
import com.bitgraphs.simulator.pullrequests.PullRequest;
import com.bitgraphs.simulator.pullrequests.PullRequestQuery;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /pullrequests}: only OPEN ones unless {@code state=} is given (repeatable), narrowed by {@code q=}, newest
 * id first unless {@code sort=} says otherwise, up to 50 a page; and {@code /pullrequests/{pull_request_id}}.
 */
public record PullRequestEndpoints(SimulatedWorkspace workspace, Links links) {
    private static final Paging PAGING = new Paging(10, 50);

    public Response list(Request request) {
        ServedRepository repository = repository(request);
        Set<String> states = request.queryValues("state").stream().map(s -> s.toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Set<String> wanted = states.isEmpty() ? Set.of("OPEN") : states;
        List<PullRequest> selected = workspace.pullRequests().all(repository).stream()
                .filter(pr -> wanted.contains(pr.state()))
                .filter(PullRequestQuery.filter(request.queryValue("q").orElse(null)))
                .sorted(PullRequestQuery.order(request.queryValue("sort").orElse(null)))
                .toList();
        return Response.ok(PAGING.page(request, links, selected,
                pr -> PullRequestJson.of(workspace, repository, pr, links)));
    }

    public Response get(Request request) {
        ServedRepository repository = repository(request);
        String id = request.param("pull_request_id");
        PullRequest pr = workspace.pullRequests().all(repository).stream()
                .filter(p -> String.valueOf(p.id()).equals(id)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Pull request " + id + " not found"));
        return Response.ok(PullRequestJson.of(workspace, repository, pr, links));
    }

    private ServedRepository repository(Request request) {
        return workspace.repository(request.param("workspace"), request.param("repo_slug"));
    }
}
