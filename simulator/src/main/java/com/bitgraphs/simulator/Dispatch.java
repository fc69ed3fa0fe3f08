package com.bitgraphs.simulator;

import com.bitgraphs.simulator.http.ApiProblem;
import com.bitgraphs.simulator.http.Handler;
import com.bitgraphs.simulator.http.Request;
import com.bitgraphs.simulator.http.Response;
import com.bitgraphs.simulator.http.Router;

/**
 * Sends each request to its part of the simulator: the API under {@code /2.0}, the admin API under
 * {@code /_simulator}, pages everywhere else.
 */
record Dispatch(Handler api, Router admin, Router pages) implements Handler {

    @Override
    public Response handle(Request request) throws Exception {
        if (request.path().equals("/2.0") || request.path().startsWith("/2.0/")) {
            return api.handle(request);
        }
        Router router = request.path().startsWith("/_simulator/") ? admin : pages;
        Router.Matched matched = router.find(request.method(), request.path())
                .orElseThrow(() -> ApiProblem.notFound("Not found: " + request.path()));
        if (!matched.allows(request.method())) {
            throw new ApiProblem(405, "Method not allowed");
        }
        return matched.route().handler().handle(request.withPathParams(matched.params()));
    }
}
