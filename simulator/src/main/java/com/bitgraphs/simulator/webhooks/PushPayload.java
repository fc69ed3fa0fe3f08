package com.bitgraphs.simulator.webhooks;

import com.bitgraphs.simulator.SimulatedWorkspace;
import com.bitgraphs.simulator.api.AccountJson;
import com.bitgraphs.simulator.api.CommitJson;
import com.bitgraphs.simulator.api.Links;
import com.bitgraphs.simulator.api.RepositoryJson;
import com.bitgraphs.simulator.git.ServedRepository;
import com.bitgraphs.simulator.http.JsonBuilders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.eclipse.jgit.revwalk.RevWalk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The {@code repo:push} payload {@code {actor, repository, push: {changes: [...]}}}: each change carries at most the
 * 5 newest of its commits, {@code truncated} when there were more, {@code old}/{@code new} null when the ref was
 * created or deleted, {@code forced} when the new tip does not descend from the old.
 */
public record PushPayload(SimulatedWorkspace workspace, Links links) {
    private static final int MAX_COMMITS = 5;

    public JsonObject of(ServedRepository repository, List<RefChange> changes, Collection<String> oldTips) {
        JsonArrayBuilder array = JsonBuilders.array();
        for (RefChange change : changes) {
            List<String> commits = change.newHash() == null ? List.of() : repository.log().list(repository,
                    List.of(change.newHash()), change.oldHash() != null ? List.of(change.oldHash())
                            : new ArrayList<>(oldTips));
            JsonArrayBuilder shown = JsonBuilders.array();
            commits.stream().limit(MAX_COMMITS).forEach(hash -> shown.add(
                    CommitJson.of(workspace, repository, repository.commit(hash), links)));
            array.add(JsonBuilders.object()
                    .add("old", ref(repository, change, change.oldHash()))
                    .add("new", ref(repository, change, change.newHash()))
                    .add("created", change.oldHash() == null)
                    .add("closed", change.newHash() == null)
                    .add("forced", forced(repository, change))
                    .add("truncated", commits.size() > MAX_COMMITS)
                    .add("commits", shown));
        }
        return JsonBuilders.object()
                .add("actor", AccountJson.of(workspace.members().admin(), links))
                .add("repository", RepositoryJson.full(workspace, repository, links))
                .add("push", JsonBuilders.object().add("changes", array))
                .build();
    }

    private JsonValue ref(ServedRepository repository, RefChange change, String hash) {
        if (hash == null) {
            return JsonValue.NULL;
        }
        JsonObjectBuilder json = JsonBuilders.object()
                .add("type", change.type())
                .add("name", change.shortName())
                .add("target", CommitJson.of(workspace, repository, repository.commit(hash), links));
        return json.build();
    }

    private static boolean forced(ServedRepository repository, RefChange change) {
        if (change.oldHash() == null || change.newHash() == null) {
            return false;
        }
        try (RevWalk walk = new RevWalk(repository.git())) {
            return !walk.isMergedInto(walk.parseCommit(repository.git().resolve(change.oldHash())),
                    walk.parseCommit(repository.git().resolve(change.newHash())));
        } catch (IOException e) {
            return false;
        }
    }
}
