package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.http.ApiProblem;
import com.bitgraphs.simulator.http.JsonBuilders;
import com.bitgraphs.simulator.http.Request;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.function.Function;

/**
 * Bitbucket's paging envelope {@code {pagelen, values, page, size, next, previous}} over a list: {@code pagelen} is
 * clamped to the endpoint's maximum, {@code next} repeats the request's own query with the following page. Opaque
 * paging (commits) gives only {@code pagelen}, {@code values} and {@code next}, with a page token no client can
 * compute, as Bitbucket does: a client that builds page URLs instead of following {@code next} fails here too.
 */
public record Paging(int defaultLength, int maxLength, boolean opaque) {

    public Paging(int defaultLength, int maxLength) {
        this(defaultLength, maxLength, false);
    }

    public static Paging opaque(int defaultLength, int maxLength) {
        return new Paging(defaultLength, maxLength, true);
    }

    public <T> JsonObject page(Request request, Links links, List<T> items, Function<T, JsonObject> shape) {
        int pagelen = Math.min(maxLength, Math.max(1, intParam(request, "pagelen", defaultLength)));
        int page = opaque ? PageToken.decode(request.queryValue("page").orElse(null))
                : Math.max(1, intParam(request, "page", 1));
        int from = (int) Math.min(items.size(), (long) (page - 1) * pagelen);
        int to = Math.min(items.size(), from + pagelen);
        JsonArrayBuilder values = JsonBuilders.array();
        items.subList(from, to).forEach(item -> values.add(shape.apply(item)));
        JsonObjectBuilder envelope = JsonBuilders.object().add("pagelen", pagelen);
        if (!opaque) {
            envelope.add("size", items.size()).add("page", page);
        }
        envelope.add("values", values);
        if (to < items.size()) {
            envelope.add("next", link(request, links, page + 1));
        }
        if (page > 1 && !opaque) {
            envelope.add("previous", link(request, links, page - 1));
        }
        return envelope.build();
    }

    private String link(Request request, Links links, int page) {
        StringBuilder query = new StringBuilder();
        request.query().forEach((key, values) -> {
            if (!key.equals("page")) {
                values.forEach(v -> query.append(Links.segment(key)).append('=').append(Links.segment(v)).append('&'));
            }
        });
        query.append("page=").append(opaque ? PageToken.encode(page) : String.valueOf(page));
        return links.page(request.path()) + "?" + query;
    }

    private static int intParam(Request request, String name, int fallback) {
        String value = request.queryValue(name).orElse(null);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("Invalid " + name + ": " + value);
        }
    }
}
