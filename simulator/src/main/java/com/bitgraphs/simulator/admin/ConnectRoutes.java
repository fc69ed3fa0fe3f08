package com.bitgraphs.simulator.admin;

import com.bitgraphs.simulator.connect.Installations;
import com.bitgraphs.simulator.connect.LifecycleDriver;
import com.bitgraphs.simulator.http.ApiProblem;
import com.bitgraphs.simulator.http.JsonBuilders;
import com.bitgraphs.simulator.http.Request;
import com.bitgraphs.simulator.http.Response;
import com.bitgraphs.simulator.http.Router;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/**
 * {@code POST /_simulator/connect/install {"descriptorUrl": ...}}, {@code .../uninstall {"key": ...}},
 * {@code .../reinstall {"key": ...}}, each answering a {@code LifecycleResult}; {@code GET
 * /_simulator/connect/installations}.
 */
public record ConnectRoutes(LifecycleDriver lifecycle, Installations installations) {

    public Router addTo(Router router) {
        return router
                .post("/_simulator/connect/install", r -> Response.ok(
                        lifecycle.install(required(r, "descriptorUrl")).toJson()))
                .post("/_simulator/connect/uninstall", r -> Response.ok(
                        lifecycle.uninstall(required(r, "key")).toJson()))
                .post("/_simulator/connect/reinstall", r -> Response.ok(
                        lifecycle.reinstall(required(r, "key")).toJson()))
                .get("/_simulator/connect/installations", this::list);
    }

    private Response list(Request request) {
        JsonArrayBuilder list = JsonBuilders.array();
        installations.all().forEach(i -> list.add(JsonBuilders.object()
                .add("key", i.appKey()).add("clientKey", i.clientKey()).add("workspace", i.workspace())
                .add("descriptorUrl", i.descriptorUrl()).add("installed", i.installed())
                .add("baseUrl", i.descriptor().baseUrl())));
        return Response.ok(JsonBuilders.object().add("installations", list).build());
    }

    private static String required(Request request, String key) {
        JsonObject body = AdminRoutes.body(request);
        if (!body.containsKey(key)) {
            throw ApiProblem.badRequest("Body lacks " + key);
        }
        return body.getString(key);
    }
}
