package com.bitgraphs.simulator.pullrequests;

import com.bitgraphs.simulator.git.CommitRecord;
import com.bitgraphs.simulator.git.ServedRepository;
import com.bitgraphs.simulator.members.Member;
import com.bitgraphs.simulator.members.MemberDirectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Derives the MERGED pull requests of a repository from its merge commits, oldest first. A message naming a number
 * keeps it; the others are numbered 1, 2, ... in history order, skipping numbers already taken. A pull request is
 * created when the branch's first commit was authored, merged at the merge commit, authored by that first commit's
 * author when a member (else the merger, else the admin).
 */
public record MergedPullRequests(MemberDirectory members, long seed) {

    public List<PullRequest> derive(ServedRepository repository, Set<Integer> taken) {
        List<String> newestFirst = repository.allCommits();
        List<CommitRecord> merges = new ArrayList<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            CommitRecord commit = repository.commit(newestFirst.get(i));
            MergeMessage.parse(commit.message()).filter(m -> commit.isMerge() && m.number() > 0)
                    .ifPresent(m -> taken.add(m.number()));
            if (commit.isMerge()) {
                merges.add(commit);
            }
        }
        List<PullRequest> result = new ArrayList<>();
        int next = 1;
        for (CommitRecord merge : merges) {
            Optional<MergeMessage> parsed = MergeMessage.parse(merge.message());
            if (parsed.isEmpty()) {
                continue;
            }
            int id = parsed.get().number();
            if (id == 0) {
                while (taken.contains(next)) {
                    next++;
                }
                id = next;
                taken.add(id);
            } else if (result.stream().anyMatch(pr -> pr.id() == parsed.get().number())) {
                continue;
            }
            result.add(pullRequest(repository, merge, parsed.get(), id));
        }
        return result;
    }

    private PullRequest pullRequest(ServedRepository repository, CommitRecord merge, MergeMessage message, int id) {
        String source = merge.parents().get(1);
        String destination = merge.parents().get(0);
        List<String> branch = repository.log().list(repository, List.of(source), List.of(destination));
        CommitRecord first = repository.commit(branch.isEmpty() ? source : branch.get(branch.size() - 1));
        Optional<Member> merger = members.byEmail(merge.authorEmail());
        Member author = members.byEmail(first.authorEmail()).or(() -> merger).orElse(members.admin());
        var createdOn = first.authorDate().isAfter(merge.authorDate()) ? merge.authorDate() : first.authorDate();
        List<Participant> reviewers = ReviewerChoice.choose(seed, repository.slug(), id, author,
                members.all(), createdOn, merge.authorDate());
        return new PullRequest(id, message.title(), "MERGED", author, message.sourceBranch(), source,
                message.destination() != null ? message.destination() : repository.mainBranch(), destination,
                merge.hash(), merger.orElse(author), createdOn, merge.authorDate(), reviewers, 0, 0);
    }
}
