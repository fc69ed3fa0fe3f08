package com.bitgraphs.simulator.webhooks;

import com.bitgraphs.simulator.pullrequests.Participant;
import com.bitgraphs.simulator.pullrequests.PullRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code pullrequest:*} events between two snapshots of a repository's pull requests: a new one is created (or,
 * when it appears already merged or declined, fulfilled or rejected), a state change fulfils or rejects it, a
 * reviewer's approval given or withdrawn is approved or unapproved, any other change of {@code updated_on} updates
 * it.
 */
public final class PullRequestChanges {
    private PullRequestChanges() {
    }

    /** The events, in id order. */
    public static List<PullRequestEvent> between(Map<Integer, PullRequest> before, Map<Integer, PullRequest> after) {
        List<PullRequestEvent> events = new ArrayList<>();
        after.values().stream().sorted(Comparator.comparingInt(PullRequest::id))
                .forEach(pr -> events.addAll(events(before.get(pr.id()), pr)));
        return events;
    }

    private static List<PullRequestEvent> events(PullRequest old, PullRequest now) {
        if (old == null || !old.state().equals(now.state())) {
            String key = switch (now.state()) {
                case "MERGED" -> "pullrequest:fulfilled";
                case "DECLINED" -> "pullrequest:rejected";
                default -> old == null ? "pullrequest:created" : "pullrequest:updated";
            };
            return List.of(new PullRequestEvent(key, now, null));
        }
        List<PullRequestEvent> events = new ArrayList<>();
        Set<String> approvedBefore = approvers(old);
        Set<String> approvedNow = approvers(now);
        for (Participant participant : now.participants()) {
            if (participant.approved() && !approvedBefore.contains(participant.user().uuid())) {
                events.add(new PullRequestEvent("pullrequest:approved", now, participant));
            }
        }
        for (Participant participant : old.participants()) {
            if (participant.approved() && !approvedNow.contains(participant.user().uuid())) {
                events.add(new PullRequestEvent("pullrequest:unapproved", now, participant));
            }
        }
        if (events.isEmpty() && !old.updatedOn().equals(now.updatedOn())) {
            events.add(new PullRequestEvent("pullrequest:updated", now, null));
        }
        return events;
    }

    private static Set<String> approvers(PullRequest pr) {
        return pr.participants().stream().filter(Participant::approved).map(p -> p.user().uuid())
                .collect(Collectors.toSet());
    }
}
