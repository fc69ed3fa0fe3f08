package com.bitgraphs.simulator.webhooks;

import com.bitgraphs.simulator.http.JsonBuilders;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import com.bitgraphs.simulator.SimulatedWorkspace;
import com.bitgraphs.simulator.api.AccountJson;
import com.bitgraphs.simulator.api.Links;
import com.bitgraphs.simulator.api.PullRequestJson;
import com.bitgraphs.simulator.api.RepositoryJson;
import com.bitgraphs.simulator.git.ServedRepository;
import com.bitgraphs.simulator.pullrequests.PullRequest;
import jakarta.json.Json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        for (var event : PullRequestChanges.between(pullRequests.get(repository.slug()), now)) {
            delivery.publish(event.getKey(), JsonBuilders.object()
                    .add("actor", AccountJson.of(event.getValue().author(), links))
                    .add("pullrequest", PullRequestJson.of(workspace, repository, event.getValue(), links))
                    .add("repository", RepositoryJson.full(workspace, repository, links))
                    .build());
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
