package com.bitgraphs.simulator;

import com.bitgraphs.simulator.git.RepositoryShelf;
import com.bitgraphs.simulator.git.ServedRepository;
import com.bitgraphs.simulator.http.ApiProblem;
import com.bitgraphs.simulator.members.MemberDirectory;
import com.bitgraphs.simulator.pullrequests.PullRequestCatalog;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The one workspace a simulator serves: its slug, repositories, members and pull requests.
 */
public record SimulatedWorkspace(String slug, RepositoryShelf shelf, MemberDirectory members,
                                 PullRequestCatalog pullRequests) {

    public String uuid() {
        return "{" + UUID.nameUUIDFromBytes(("workspace:" + slug).getBytes(StandardCharsets.UTF_8)) + "}";
    }

    /** Fails with Bitbucket's 404 unless the path names this workspace. */
    public void require(String workspace) {
        if (!slug.equalsIgnoreCase(workspace)) {
            throw ApiProblem.notFound("No workspace with identifier '" + workspace + "'.");
        }
    }

    public ServedRepository repository(String workspace, String repoSlug) {
        require(workspace);
        return shelf.find(repoSlug).orElseThrow(() -> ApiProblem.notFound(
                "Repository " + workspace + "/" + repoSlug + " not found"));
    }
}
