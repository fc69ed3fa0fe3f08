package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.SimulatedWorkspace;
import com.bitgraphs.simulator.git.ServedRepository;
import com.bitgraphs.simulator.http.JsonBuilders;
import com.bitgraphs.simulator.pullrequests.Participant;
import com.bitgraphs.simulator.pullrequests.PullRequest;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * A pull request in Bitbucket's {@code pullrequest} shape.
 */
public final class PullRequestJson {
    private PullRequestJson() {
    }

    public static JsonObject of(SimulatedWorkspace workspace, ServedRepository repository, PullRequest pr,
                                Links links) {
        String path = "/repositories/" + workspace.slug() + "/" + repository.slug() + "/pullrequests/" + pr.id();
        JsonArrayBuilder reviewers = JsonBuilders.array();
        pr.reviewers().forEach(m -> reviewers.add(AccountJson.of(m, links)));
        JsonArrayBuilder participants = JsonBuilders.array();
        pr.participants().forEach(p -> participants.add(participant(p, links)));
        JsonObjectBuilder json = JsonBuilders.object()
                .add("type", "pullrequest")
                .add("id", pr.id())
                .add("title", pr.title())
                .add("summary", JsonBuilders.object().add("raw", "").add("markup", "markdown").add("html", ""))
                .add("state", pr.state())
                .add("author", AccountJson.of(pr.author(), links))
                .add("source", endpoint(workspace, repository, pr.sourceBranch(), pr.sourceCommit(), links))
                .add("destination", endpoint(workspace, repository, pr.destinationBranch(),
                        pr.destinationCommit(), links))
                .add("comment_count", pr.commentCount())
                .add("task_count", pr.taskCount())
                .add("close_source_branch", pr.mergeCommit() != null)
                .add("reason", "")
                .add("created_on", Timestamps.of(pr.createdOn()))
                .add("updated_on", Timestamps.of(pr.updatedOn()))
                .add("reviewers", reviewers)
                .add("participants", participants)
                .add("links", JsonBuilders.object()
                        .add("self", Links.href(links.api(path)))
                        .add("html", Links.href(links.page("/" + workspace.slug() + "/" + repository.slug()
                                + "/pull-requests/" + pr.id())))
                        .add("commits", Links.href(links.api(path + "/commits")))
                        .add("diffstat", Links.href(links.api(path + "/diffstat"))));
        if (pr.mergeCommit() == null) {
            json.addNull("merge_commit");
        } else {
            json.add("merge_commit", JsonBuilders.object().add("hash", pr.mergeCommit()));
        }
        if (pr.closedBy() == null) {
            json.addNull("closed_by");
        } else {
            json.add("closed_by", AccountJson.of(pr.closedBy(), links));
        }
        return json.build();
    }

    private static JsonObjectBuilder endpoint(SimulatedWorkspace workspace, ServedRepository repository,
                                              String branch, String commit, Links links) {
        return JsonBuilders.object()
                .add("branch", JsonBuilders.object().add("name", branch))
                .add("commit", JsonBuilders.object().add("hash", commit))
                .add("repository", RepositoryJson.brief(workspace, repository, links));
    }

    private static JsonObjectBuilder participant(Participant participant, Links links) {
        JsonObjectBuilder json = JsonBuilders.object()
                .add("type", "participant")
                .add("user", AccountJson.of(participant.user(), links))
                .add("role", participant.role())
                .add("approved", participant.approved());
        if (participant.state() == null) {
            json.addNull("state");
        } else {
            json.add("state", participant.state());
        }
        if (participant.participatedOn() == null) {
            json.addNull("participated_on");
        } else {
            json.add("participated_on", Timestamps.of(participant.participatedOn()));
        }
        return json;
    }
}
