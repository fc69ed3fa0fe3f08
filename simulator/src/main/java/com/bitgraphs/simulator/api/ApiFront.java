package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.auth.ApiAuthenticator;
import com.bitgraphs.simulator.counters.CallCounters;
import com.bitgraphs.simulator.faults.FaultInjector;
import com.bitgraphs.simulator.http.ApiProblem;
import com.bitgraphs.simulator.http.ErrorBody;
import com.bitgraphs.simulator.http.Handler;
import com.bitgraphs.simulator.http.JsonBuilders;
import com.bitgraphs.simulator.http.Request;
import com.bitgraphs.simulator.http.Response;
import com.bitgraphs.simulator.http.Router;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Everything under {@code /2.0} passes here: only GET exists (405 otherwise), unknown paths are 404, then the caller
 * is authenticated (401) and kept to its workspace (403), the call is counted, faults are applied, and only then
 * does the endpoint answer, trimmed to {@code fields=} when asked.
 */
public final class ApiFront implements Handler {
    private final Router routes;
    private final ApiAuthenticator authenticator;
    private final CallCounters counters;
    private final FaultInjector faults;

    public ApiFront(Router routes, ApiAuthenticator authenticator, CallCounters counters, FaultInjector faults) {
        this.routes = routes;
        this.authenticator = authenticator;
        this.counters = counters;
        this.faults = faults;
    }

    @Override
    public Response handle(Request request) throws Exception {
        Optional<Router.Matched> matched = routes.find(request.method(), request.path());
        String endpoint = matched.map(m -> m.route().template()).orElse("(unknown)");
        String workspace = null;
        Response response;
        try {
            if (!request.method().equals("GET")) {
                throw new ApiProblem(405, "Method " + request.method() + " not allowed: the API is read-only here");
            }
            Router.Matched route = matched.orElseThrow(() -> ApiProblem.notFound("Resource not found"));
            workspace = authenticator.authenticate(request);
            String pathWorkspace = route.params().get("workspace");
            if (pathWorkspace != null && !pathWorkspace.equalsIgnoreCase(workspace)) {
                throw new ApiProblem(403, "Your credentials lack one or more required privilege scopes.");
            }
            Optional<Response> fault = faults.apply(workspace);
            response = fault.isPresent() ? fault.get()
                    : select(request, route.route().handler().handle(request.withPathParams(route.params())));
        } catch (ApiProblem problem) {
            response = ErrorBody.of(problem.status(), problem.getMessage());
        }
        counters.count(request.method(), endpoint, workspace, response.status(), servedUrl(request));
        return response;
    }

    /** The path and query, less a {@code jwt} parameter, which differs on every call. */
    private static String servedUrl(Request request) {
        String query = request.uri().getRawQuery();
        if (query == null) {
            return request.path();
        }
        String kept = String.join("&", Arrays.stream(query.split("&"))
                .filter(p -> !p.startsWith("jwt=")).toList());
        return kept.isEmpty() ? request.path() : request.path() + "?" + kept;
    }

    /** Applies {@code fields=} to a successful answer. */
    private static Response select(Request request, Response response) {
        if (response.status() != 200 || request.queryValues("fields").isEmpty()) {
            return response;
        }
        try (JsonReader reader = JsonBuilders.reader(new ByteArrayInputStream(response.body()))) {
            JsonValue selected = new FieldSelection(request.queryValues("fields")).apply(reader.readValue());
            return Response.json(200, (JsonStructure) selected);
        }
    }
}
