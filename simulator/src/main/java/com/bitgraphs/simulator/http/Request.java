package com.bitgraphs.simulator.http;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One incoming HTTP request, decoded: the router fills in the path parameters of the matched template.
 *
 * @param method     upper-case HTTP method
 * @param uri        the request URI as received (path and raw query)
 * @param query      decoded query parameters, a key may repeat
 * @param headers    header values by lower-case name
 * @param body       the raw body, empty when none
 * @param pathParams decoded path parameters by template name
 */
public record Request(String method, URI uri, Map<String, List<String>> query, Map<String, List<String>> headers,
                      byte[] body, Map<String, String> pathParams) {

    public String path() {
        return uri.getRawPath();
    }

    public String param(String name) {
        return pathParams.get(name);
    }

    public Optional<String> queryValue(String name) {
        List<String> values = query.getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public List<String> queryValues(String name) {
        return query.getOrDefault(name, List.of());
    }

    public Optional<String> header(String name) {
        List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public Request withPathParams(Map<String, String> params) {
        return new Request(method, uri, query, headers, body, Map.copyOf(params));
    }
}
