package com.bitgraphs.simulator.pullrequests;

import com.bitgraphs.simulator.members.Member;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A pull request as the API shows it.
 *
 * @param mergeCommit null unless MERGED
 * @param closedBy    null while OPEN
 */
public record PullRequest(int id, String title, String state, Member author,
                          String sourceBranch, String sourceCommit, String destinationBranch,
                          String destinationCommit, String mergeCommit, Member closedBy,
                          OffsetDateTime createdOn, OffsetDateTime updatedOn, List<Participant> participants,
                          int commentCount, int taskCount) {

    public List<Member> reviewers() {
        return participants.stream().filter(p -> p.role().equals("REVIEWER")).map(Participant::user).toList();
    }
}
