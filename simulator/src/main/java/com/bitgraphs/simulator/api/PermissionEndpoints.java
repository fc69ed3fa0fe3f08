package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.SimulatedWorkspace;
import com.bitgraphs.simulator.git.ServedRepository;
import com.bitgraphs.simulator.http.ApiProblem;
import com.bitgraphs.simulator.http.JsonBuilders;
import com.bitgraphs.simulator.http.Request;
import com.bitgraphs.simulator.http.Response;
import com.bitgraphs.simulator.members.Member;
import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /workspaces/{workspace}/permissions} (the admin owns the workspace, the others are members) and
 * {@code /workspaces/{workspace}/permissions/repositories[/{repo_slug}]}: every member may write every repository
 * unless the admin API narrowed them, the admin administers them. {@code q} filters by {@code user.uuid="..."}, the
 * one filter apps need to ask what a viewer may see.
 */
public record PermissionEndpoints(SimulatedWorkspace workspace, Links links) {
    private static final Paging PAGING = new Paging(10, 100);
    private static final Pattern USER_FILTER = Pattern.compile("\\s*user\\.(uuid|account_id)\\s*=\\s*\"([^\"]+)\"\\s*");

    public Response workspace(Request request) {
        workspace.require(request.param("workspace"));
        Predicate<Member> wanted = userFilter(request);
        List<JsonObject> memberships = new ArrayList<>();
        List<Member> everyone = new ArrayList<>();
        everyone.add(workspace.members().admin());
        everyone.addAll(workspace.members().all());
        for (Member member : everyone) {
            if (wanted.test(member)) {
                memberships.add(JsonBuilders.object()
                        .add("type", "workspace_membership")
                        .add("permission", member.equals(workspace.members().admin()) ? "owner" : "member")
                        .add("user", AccountJson.of(member, links))
                        .add("workspace", WorkspaceJson.of(workspace, links).build())
                        .build());
            }
        }
        return Response.ok(PAGING.page(request, links, memberships, m -> m));
    }

    public Response all(Request request) {
        workspace.require(request.param("workspace"));
        return Response.ok(PAGING.page(request, links, grants(workspace.shelf().all(), userFilter(request)), this::shape));
    }

    public Response one(Request request) {
        ServedRepository repository = workspace.repository(request.param("workspace"), request.param("repo_slug"));
        return Response.ok(PAGING.page(request, links, grants(List.of(repository), userFilter(request)), this::shape));
    }

    private static Predicate<Member> userFilter(Request request) {
        Optional<String> q = request.queryValue("q");
        if (q.isEmpty()) {
            return member -> true;
        }
        Matcher matcher = USER_FILTER.matcher(q.get());
        if (!matcher.matches()) {
            throw ApiProblem.badRequest("The simulator filters permissions by user.uuid=\"...\" or user.account_id=\"...\" only");
        }
        String value = matcher.group(2);
        return "uuid".equals(matcher.group(1)) ? member -> member.uuid().equalsIgnoreCase(value) : member -> member.accountId().equals(value);
    }

    private List<Grant> grants(Collection<ServedRepository> repositories, Predicate<Member> wanted) {
        List<Grant> grants = new ArrayList<>();
        Member admin = workspace.members().admin();
        for (ServedRepository repository : repositories) {
            if (wanted.test(admin)) {
                grants.add(new Grant(repository, admin, "admin"));
            }
            workspace.members().all().stream()
                    .filter(wanted)
                    .filter(m -> workspace.members().access().mayRead(m, repository.slug()))
                    .forEach(m -> grants.add(new Grant(repository, m, "write")));
        }
        return grants;
    }

    private JsonObject shape(Grant grant) {
        return JsonBuilders.object()
                .add("type", "repository_permission")
                .add("permission", grant.permission())
                .add("user", AccountJson.of(grant.member(), links))
                .add("repository", RepositoryJson.brief(workspace, grant.repository(), links))
                .build();
    }

    private record Grant(ServedRepository repository, Member member, String permission) {
    }
}
