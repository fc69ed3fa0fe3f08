package com.bitgraphs.bitbucket.entity;

import jakarta.json.bind.annotation.JsonbProperty;

import java.time.OffsetDateTime;
import java.util.List;

/** A pull request with its participants; the list call returns only OPEN ones unless states are named. */
public record PullRequest(long id,
                          String title,
                          String state,
                          Account author,
                          @JsonbProperty("created_on") OffsetDateTime createdOn,
                          @JsonbProperty("updated_on") OffsetDateTime updatedOn,
                          Endpoint source,
                          Endpoint destination,
                          @JsonbProperty("merge_commit") CommitRef mergeCommit,
                          @JsonbProperty("closed_by") Account closedBy,
                          List<Account> reviewers,
                          List<Participant> participants,
                          @JsonbProperty("comment_count") Integer commentCount,
                          @JsonbProperty("task_count") Integer taskCount) {

    public PullRequest {
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    public record Endpoint(BranchRef branch, CommitRef commit) {
    }

    public record BranchRef(String name) {
    }

    public record CommitRef(String hash) {
    }

    public record Participant(Account user, String role, boolean approved, String state,
                              @JsonbProperty("participated_on") OffsetDateTime participatedOn) {
    }
}
