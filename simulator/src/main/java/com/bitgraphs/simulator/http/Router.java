package com.bitgraphs.simulator.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the route for a request; the first matching template wins, so register literal paths before templates.
 */
public final class Router {
    private final List<Route> routes = new ArrayList<>();

    public Router add(String method, String template, Handler handler) {
        routes.add(new Route(method, template, handler));
        return this;
    }

    public Router get(String template, Handler handler) {
        return add("GET", template, handler);
    }

    public Router post(String template, Handler handler) {
        return add("POST", template, handler);
    }

    /** The route and its path parameters, whatever the method; {@link #allows} tells whether the method fits. */
    public Optional<Matched> find(String method, String rawPath) {
        Optional<Matched> otherMethod = Optional.empty();
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.match(rawPath);
            if (params.isPresent()) {
                Matched matched = new Matched(route, params.get());
                if (route.method().equals(method)) {
                    return Optional.of(matched);
                }
                otherMethod = otherMethod.or(() -> Optional.of(matched));
            }
        }
        return otherMethod;
    }

    /** A route found for a path, with its decoded parameters. */
    public record Matched(Route route, Map<String, String> params) {
        public boolean allows(String method) {
            return route.method().equals(method);
        }
    }
}
