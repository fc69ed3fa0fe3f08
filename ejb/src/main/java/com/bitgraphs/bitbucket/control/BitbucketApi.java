package com.bitgraphs.bitbucket.control;

import com.bitgraphs.bitbucket.entity.Account;
import com.bitgraphs.bitbucket.entity.Commit;
import com.bitgraphs.bitbucket.entity.DiffstatEntry;
import com.bitgraphs.bitbucket.entity.Page;
import com.bitgraphs.bitbucket.entity.PullRequest;
import com.bitgraphs.bitbucket.entity.Repository;
import com.bitgraphs.bitbucket.entity.RepositoryPermission;
import com.bitgraphs.bitbucket.entity.WorkspacePermission;
import com.bitgraphs.bitbucket.entity.WorkspaceMembership;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * Exactly the Bitbucket Cloud REST API 2.0 endpoints Bitgraphs reads, and only with GET: the app never
 * writes to Bitbucket. First pages only; {@link NextPages} follows {@code next} links.
 */
@Path("/2.0")
@Produces(MediaType.APPLICATION_JSON)
public interface BitbucketApi {

    int MAX_COMMITS_PAGE = 100;
    int MAX_PULL_REQUESTS_PAGE = 50;
    int MAX_DIFFSTAT_PAGE = 500;

    @GET
    @Path("/repositories/{workspace}")
    Page<Repository> repositories(@PathParam("workspace") String workspace, @QueryParam("pagelen") Integer pagelen);

    @GET
    @Path("/repositories/{workspace}/{repo_slug}")
    Repository repository(@PathParam("workspace") String workspace, @PathParam("repo_slug") String repository);

    @GET
    @Path("/workspaces/{workspace}/permissions")
    Page<WorkspacePermission> workspacePermissions(@PathParam("workspace") String workspace, @QueryParam("q") String query);

    @GET
    @Path("/workspaces/{workspace}/permissions/repositories")
    Page<RepositoryPermission> repositoryPermissions(@PathParam("workspace") String workspace, @QueryParam("q") String query,
                                                     @QueryParam("pagelen") Integer pagelen);

    @GET
    @Path("/workspaces/{workspace}/permissions/repositories/{repo_slug}")
    Page<RepositoryPermission> repositoryPermissions(@PathParam("workspace") String workspace,
                                                     @PathParam("repo_slug") String repository, @QueryParam("q") String query);

    @GET
    @Path("/repositories/{workspace}/{repo_slug}/commits")
    Page<Commit> commits(@PathParam("workspace") String workspace, @PathParam("repo_slug") String repository,
                         @QueryParam("include") List<String> include, @QueryParam("exclude") List<String> exclude,
                         @QueryParam("pagelen") Integer pagelen);

    @GET
    @Path("/repositories/{workspace}/{repo_slug}/commit/{commit}")
    Commit commit(@PathParam("workspace") String workspace, @PathParam("repo_slug") String repository,
                  @PathParam("commit") String hash);

    @GET
    @Path("/repositories/{workspace}/{repo_slug}/diffstat/{spec}")
    Page<DiffstatEntry> diffstat(@PathParam("workspace") String workspace, @PathParam("repo_slug") String repository,
                                 @PathParam("spec") String spec, @QueryParam("pagelen") Integer pagelen);

    @GET
    @Path("/repositories/{workspace}/{repo_slug}/pullrequests")
    Page<PullRequest> pullRequests(@PathParam("workspace") String workspace, @PathParam("repo_slug") String repository,
                                   @QueryParam("state") List<String> states, @QueryParam("pagelen") Integer pagelen);

    @GET
    @Path("/workspaces/{workspace}/members")
    Page<WorkspaceMembership> members(@PathParam("workspace") String workspace, @QueryParam("pagelen") Integer pagelen);

    @GET
    @Path("/user")
    Account currentUser();

    @GET
    @Path("/users/{selected_user}")
    Account user(@PathParam("selected_user") String user);

    @GET
    @Path("/users/{selected_user}/properties/{app_key}/{property_name}")
    JsonObject userProperty(@PathParam("selected_user") String user, @PathParam("app_key") String appKey,
                            @PathParam("property_name") String property);
}
