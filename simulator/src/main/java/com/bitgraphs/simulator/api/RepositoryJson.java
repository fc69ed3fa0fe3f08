package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.SimulatedWorkspace;
import com.bitgraphs.simulator.git.ServedRepository;
import com.bitgraphs.simulator.http.JsonBuilders;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * A repository in Bitbucket's {@code repository} shape; the short form is what commits and pull requests embed.
 */
public final class RepositoryJson {
    private RepositoryJson() {
    }

    public static String uuid(SimulatedWorkspace workspace, ServedRepository repository) {
        String key = "repository:" + workspace.slug() + "/" + repository.slug();
        return "{" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "}";
    }

    public static JsonObjectBuilder brief(SimulatedWorkspace workspace, ServedRepository repository, Links links) {
        String path = "/repositories/" + workspace.slug() + "/" + repository.slug();
        return JsonBuilders.object()
                .add("type", "repository")
                .add("full_name", workspace.slug() + "/" + repository.slug())
                .add("name", repository.name())
                .add("uuid", uuid(workspace, repository))
                .add("links", JsonBuilders.object()
                        .add("self", Links.href(links.api(path)))
                        .add("html", Links.href(links.page("/" + workspace.slug() + "/" + repository.slug())))
                        .add("avatar", Links.href(links.page("/" + workspace.slug() + "/" + repository.slug()
                                + "/avatar.png"))));
    }

    public static JsonObject full(SimulatedWorkspace workspace, ServedRepository repository, Links links) {
        String path = "/repositories/" + workspace.slug() + "/" + repository.slug();
        JsonObjectBuilder json = brief(workspace, repository, links)
                .add("slug", repository.slug())
                .add("scm", "git")
                .add("is_private", true)
                .add("description", "")
                .add("fork_policy", "no_public_forks")
                .add("has_issues", false)
                .add("has_wiki", false)
                .add("language", "")
                .add("mainbranch", JsonBuilders.object().add("type", "branch")
                        .add("name", repository.mainBranch()))
                .add("workspace", WorkspaceJson.of(workspace, links))
                .add("links", JsonBuilders.object()
                        .add("self", Links.href(links.api(path)))
                        .add("html", Links.href(links.page("/" + workspace.slug() + "/" + repository.slug())))
                        .add("commits", Links.href(links.api(path + "/commits")))
                        .add("pullrequests", Links.href(links.api(path + "/pullrequests"))));
        List<String> commits = repository.allCommits();
        if (!commits.isEmpty()) {
            json.add("created_on", Timestamps.of(repository.commit(commits.get(commits.size() - 1)).authorDate()));
            json.add("updated_on", Timestamps.of(repository.commit(commits.get(0)).authorDate()));
        }
        return json.build();
    }
}
