package com.bitgraphs.simulator.pages;

import com.bitgraphs.simulator.SimulatedWorkspace;
import com.bitgraphs.simulator.api.Html;
import com.bitgraphs.simulator.api.Links;
import com.bitgraphs.simulator.api.RepositoryJson;
import com.bitgraphs.simulator.connect.Installation;
import com.bitgraphs.simulator.connect.Installations;
import com.bitgraphs.simulator.git.ServedRepository;
import com.bitgraphs.simulator.http.ApiProblem;
import com.bitgraphs.simulator.http.Request;
import com.bitgraphs.simulator.http.Response;
import com.bitgraphs.simulator.http.Router;
import com.bitgraphs.simulator.members.Member;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /{workspace}} (the apps' adminPage or generalPages), {@code /{workspace}/{repo}} (repoPage) and
 * {@code /users/{user}} (profileTab), each a plain page around the installed apps' iframes.
 */
public record PageHost(SimulatedWorkspace workspace, Installations installations, ModuleFrame frames, Links links) {

    public Router addTo(Router router) {
        return router
                .get("/users/{user}", this::user)
                .get("/{workspace}", this::workspacePage)
                .get("/{workspace}/{repo_slug}", this::repository);
    }

    private Response workspacePage(Request request) {
        workspace.require(request.param("workspace"));
        StringBuilder list = new StringBuilder("<ul>");
        for (ServedRepository repository : workspace.shelf().all()) {
            list.append("<li><a href=\"/").append(workspace.slug()).append('/').append(repository.slug())
                    .append("\">").append(Html.escape(repository.name())).append("</a></li>");
        }
        list.append("</ul>");
        Map<String, String> context = Map.of("workspace.slug", workspace.slug(), "workspace.uuid", workspace.uuid());
        return page(workspace.slug(), list + frames(List.of("adminPage", "generalPages"), context));
    }

    private Response repository(Request request) {
        ServedRepository repository = workspace.repository(request.param("workspace"), request.param("repo_slug"));
        Map<String, String> context = new LinkedHashMap<>();
        context.put("workspace.slug", workspace.slug());
        context.put("workspace.uuid", workspace.uuid());
        context.put("repository.uuid", RepositoryJson.uuid(workspace, repository));
        context.put("repository.slug", repository.slug());
        context.put("repository.full_name", workspace.slug() + "/" + repository.slug());
        return page(workspace.slug() + " / " + repository.name(), frames(List.of("repoPage"), context));
    }

    private Response user(Request request) {
        Member member = workspace.members().find(request.param("user"))
                .orElseThrow(() -> ApiProblem.notFound("No such user"));
        Map<String, String> context = Map.of("user.uuid", member.uuid(), "user.account_id", member.accountId(),
                "workspace.slug", workspace.slug());
        return page(member.displayName(), frames(List.of("profileTab"), context));
    }

    private String frames(List<String> modules, Map<String, String> context) {
        StringBuilder html = new StringBuilder();
        for (Installation installation : installations.all()) {
            if (!installation.installed()) {
                continue;
            }
            modules.stream().map(m -> installation.descriptor().page(m).orElse(null))
                    .filter(Objects::nonNull).findFirst().ifPresent(url -> html
                            .append("<h2>").append(Html.escape(installation.descriptor().name())).append("</h2>")
                            .append("<iframe style=\"width:100%;height:80vh;border:0\" src=\"")
                            .append(Html.escape(frames.url(installation, url, context))).append("\"></iframe>"));
        }
        return html.length() == 0 ? "<p>No installed app adds a page here.</p>" : html.toString();
    }

    private Response page(String title, String body) {
        return Response.html("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + Html.escape(title)
                + " | Bitbucket simulator</title></head><body><header><a href=\"" + links.page("/" + workspace.slug())
                + "\">" + Html.escape(workspace.slug()) + "</a></header><h1>" + Html.escape(title) + "</h1>"
                + body + "</body></html>");
    }
}
