package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.SimulatedWorkspace;
import com.bitgraphs.simulator.git.CommitRecord;
import com.bitgraphs.simulator.git.ServedRepository;
import com.bitgraphs.simulator.http.JsonBuilders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * A commit in Bitbucket's {@code commit} shape: {@code date} is the author date, {@code author.user} is present only
 * when the author's email belongs to a member. No {@code links}: the OpenAPI document declares none for commits.
 */
public final class CommitJson {
    private CommitJson() {
    }

    public static JsonObject of(SimulatedWorkspace workspace, ServedRepository repository, CommitRecord commit,
                                Links links) {
        JsonObjectBuilder author = JsonBuilders.object().add("type", "author").add("raw", commit.rawAuthor());
        workspace.members().byEmail(commit.authorEmail())
                .ifPresent(member -> author.add("user", AccountJson.of(member, links)));
        JsonArrayBuilder parents = JsonBuilders.array();
        for (String parent : commit.parents()) {
            parents.add(JsonBuilders.object().add("type", "commit").add("hash", parent));
        }
        return JsonBuilders.object()
                .add("type", "commit")
                .add("hash", commit.hash())
                .add("date", Timestamps.of(commit.authorDate()))
                .add("message", commit.message())
                .add("summary", JsonBuilders.object().add("raw", commit.message()).add("markup", "markdown")
                        .add("html", "<p>" + Html.escape(commit.message()) + "</p>"))
                .add("author", author)
                .add("parents", parents)
                .add("repository", RepositoryJson.brief(workspace, repository, links))
                .build();
    }
}
