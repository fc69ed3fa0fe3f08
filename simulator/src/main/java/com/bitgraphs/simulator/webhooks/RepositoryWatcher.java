package com.bitgraphs.simulator.webhooks;

import com.bitgraphs.simulator.SimulatedWorkspace;
import com.bitgraphs.simulator.api.AccountJson;
import com.bitgraphs.simulator.api.Links;
import com.bitgraphs.simulator.api.PullRequestJson;
import com.bitgraphs.simulator.api.RepositoryJson;
import com.bitgraphs.simulator.api.Timestamps;
import com.bitgraphs.simulator.git.ServedRepository;
import com.bitgraphs.simulator.http.JsonBuilders;
import com.bitgraphs.simulator.pullrequests.PullRequest;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Polls the served repositories (run it every second or so) and publishes what changed since the last poll; the
 * history present at start raises no events.
 */
public final class RepositoryWatcher implements Runnable {
    private static final Logger LOG = Logger.getLogger(RepositoryWatcher.class.getName());
    private final SimulatedWorkspace workspace;
    private final Links links;
    private final WebhookDelivery delivery;
    private final Map<String, Map<String, String>> tips = new HashMap<>();
    private final Map<String, Map<Integer, PullRequest>> pullRequests = new HashMap<>();

    public RepositoryWatcher(SimulatedWorkspace workspace, Links links, WebhookDelivery delivery) {
        this.workspace = workspace;
        this.links = links;
        this.delivery = delivery;
        for (ServedRepository repository : workspace.shelf().all()) {
            tips.put(repository.slug(), repository.refTips());
            pullRequests.put(repository.slug(), byId(repository));
        }
    }

    @Override
    public synchronized void run() {
        for (ServedRepository repository : workspace.shelf().all()) {
            try {
                poll(repository);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Watching " + repository.slug() + " failed", e);
            }
        }
    }

    private void poll(ServedRepository repository) {
        Map<String, String> before = tips.get(repository.slug());
        Map<String, String> after = repository.refTips();
        if (!after.equals(before)) {
            List<RefChange> changes = new ArrayList<>();
            for (String ref : new TreeSet<>(union(before.keySet(), after.keySet()))) {
                if (!Objects.equals(before.get(ref), after.get(ref))) {
                    changes.add(new RefChange(ref, before.get(ref), after.get(ref)));
                }
            }
            tips.put(repository.slug(), after);
            delivery.publish("repo:push", new PushPayload(workspace, links).of(repository, changes,
                    new TreeSet<>(before.values())));
        }
        Map<Integer, PullRequest> now = byId(repository);
        for (PullRequestEvent event : PullRequestChanges.between(pullRequests.get(repository.slug()), now)) {
            JsonObjectBuilder payload = JsonBuilders.object()
                    .add("actor", AccountJson.of(event.approval() != null ? event.approval().user()
                            : event.pullRequest().author(), links))
                    .add("pullrequest", PullRequestJson.of(workspace, repository, event.pullRequest(), links))
                    .add("repository", RepositoryJson.full(workspace, repository, links));
            if (event.approval() != null) {
                payload.add("approval", JsonBuilders.object()
                        .add("date", Timestamps.of(event.approval().participatedOn() != null
                                ? event.approval().participatedOn() : event.pullRequest().updatedOn()))
                        .add("user", AccountJson.of(event.approval().user(), links)));
            }
            delivery.publish(event.key(), payload.build());
        }
        pullRequests.put(repository.slug(), now);
    }

    private Map<Integer, PullRequest> byId(ServedRepository repository) {
        return workspace.pullRequests().all(repository).stream()
                .collect(Collectors.toMap(PullRequest::id, Function.identity()));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
