package com.bitgraphs.simulator.admin;

import com.bitgraphs.simulator.auth.AccessTokens;
import com.bitgraphs.simulator.counters.CallCounters;
import com.bitgraphs.simulator.faults.FaultInjector;
import com.bitgraphs.simulator.http.JsonBuilders;
import com.bitgraphs.simulator.http.Request;
import com.bitgraphs.simulator.http.Response;
import com.bitgraphs.simulator.http.Router;
import com.bitgraphs.simulator.http.ApiProblem;
import com.bitgraphs.simulator.members.Member;
import com.bitgraphs.simulator.members.MemberDirectory;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * {@code /_simulator/calls} (GET, with {@code ?detail=served} also per-URL successes; DELETE to reset), {@code /_simulator/faults} (GET, POST a partial settings
 * object), {@code /_simulator/tokens} (POST {@code {"workspace": slug}} for a bearer token),
 * {@code /_simulator/access} (POST, narrows the repositories a member may read).
 */
public record AdminRoutes(String workspace, CallCounters counters, FaultInjector faults, AccessTokens tokens,
                          MemberDirectory members) {

    public Router addTo(Router router) {
        return router
                .get("/_simulator/calls", r -> Response.ok(counters.toJson(
                        r.queryValue("detail").filter("served"::equals).isPresent())))
                .add("DELETE", "/_simulator/calls", this::resetCalls)
                .post("/_simulator/calls/reset", this::resetCalls)
                .get("/_simulator/faults", r -> Response.ok(faults.settings().toJson()))
                .post("/_simulator/faults", this::changeFaults)
                .post("/_simulator/faults/reset-limit", r -> {
                    faults.resetLimit();
                    return Response.empty(204);
                })
                .post("/_simulator/tokens", this::issueToken)
                .post("/_simulator/access", this::restrictAccess);
    }

    private Response resetCalls(Request request) {
        counters.reset();
        return Response.empty(204);
    }

    private Response changeFaults(Request request) {
        faults.update(faults.settings().merge(body(request)));
        return Response.ok(faults.settings().toJson());
    }

    private Response issueToken(Request request) {
        String slug = request.body().length == 0 ? workspace : body(request).getString("workspace", workspace);
        return Response.ok(JsonBuilders.object().add("workspace", slug)
                .add("token", tokens.issue(slug)).build());
    }

    /** {@code {"user": "{uuid}" or email, "repositories": ["slug", ...] or null}}: narrows what a member may read. */
    private Response restrictAccess(Request request) {
        JsonObject body = body(request);
        Member member = members.find(body.getString("user", ""))
                .orElseThrow(() -> ApiProblem.badRequest("No member " + body.getString("user", "")));
        Optional<Set<String>> slugs = body.isNull("repositories") ? Optional.empty()
                : Optional.of(body.getJsonArray("repositories").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).collect(Collectors.toSet()));
        members.access().restrict(member.uuid(), slugs);
        return Response.empty(204);
    }

    public static JsonObject body(Request request) {
        String text = new String(request.body(), StandardCharsets.UTF_8);
        try (var reader = JsonBuilders.reader(new StringReader(text.isBlank() ? "{}" : text))) {
            return reader.readObject();
        }
    }
}
