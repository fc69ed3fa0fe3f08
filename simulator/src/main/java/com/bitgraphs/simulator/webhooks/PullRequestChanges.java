package com.bitgraphs.simulator.webhooks;

import java.util.Comparator;
import com.bitgraphs.simulator.pullrequests.PullRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code pullrequest:*} events between two snapshots of a repository's pull requests: a new one is created (or,
 * when it appears already merged or declined, fulfilled or rejected), a state change fulfils or rejects it, any
 * other change of {@code updated_on} updates it.
 */
public final class PullRequestChanges {
    private PullRequestChanges() {
    }

    /** Event key and pull request, in id order. */
    public static List<Map.Entry<String, PullRequest>> between(Map<Integer, PullRequest> before,
                                                               Map<Integer, PullRequest> after) {
        List<Map.Entry<String, PullRequest>> events = new ArrayList<>();
        after.values().stream().sorted(Comparator.comparingInt(PullRequest::id)).forEach(pr -> {
            PullRequest old = before.get(pr.id());
            event(old, pr).ifPresent(key -> events.add(Map.entry(key, pr)));
        });
        return events;
    }

    private static Optional<String> event(PullRequest old, PullRequest now) {
        if (old != null && old.state().equals(now.state())) {
            return old.updatedOn().equals(now.updatedOn()) ? Optional.empty() : Optional.of("pullrequest:updated");
        }
        return Optional.of(switch (now.state()) {
            case "MERGED" -> "pullrequest:fulfilled";
            case "DECLINED" -> "pullrequest:rejected";
            default -> old == null ? "pullrequest:created" : "pullrequest:updated";
        });
    }
}
