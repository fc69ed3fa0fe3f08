package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.SimulatedWorkspace;
import com.bitgraphs.simulator.http.Router;

/**
 * Registers every GET endpoint of the API under {@code /2.0}; the templates are the endpoint names the call
 * counters use.
 */
public final class ApiRoutes {
    private ApiRoutes() {
    }

    public static Router of(SimulatedWorkspace workspace, Links links) {
        String repo = "/2.0/repositories/{workspace}/{repo_slug}";
        var repositories = new RepositoryEndpoints(workspace, links);
        var commits = new CommitEndpoints(workspace, links);
        var pullRequests = new PullRequestEndpoints(workspace, links);
        var users = new UserEndpoints(workspace, links);
        var permissions = new PermissionEndpoints(workspace, links);
        return new Router()
                .get("/2.0/repositories/{workspace}", repositories::list)
                .get(repo, repositories::get)
                .get(repo + "/commits", commits::list)
                .get(repo + "/commits/{revision}", commits::list)
                .get(repo + "/commit/{commit}", commits::get)
                .get(repo + "/diffstat/{spec}", new DiffStatEndpoint(workspace, links)::get)
                .get(repo + "/pullrequests", pullRequests::list)
                .get(repo + "/pullrequests/{pull_request_id}", pullRequests::get)
                .get("/2.0/workspaces/{workspace}/members", new MemberEndpoints(workspace, links)::list)
                .get("/2.0/workspaces/{workspace}/permissions", permissions::workspace)
                .get("/2.0/workspaces/{workspace}/permissions/repositories", permissions::all)
                .get("/2.0/workspaces/{workspace}/permissions/repositories/{repo_slug}", permissions::one)
                .get("/2.0/user", users::current)
                .get("/2.0/users/{selected_user}", users::get)
                .get("/2.0/users/{selected_user}/properties/{app_key}/{property_name}", users::property);
    }
}
