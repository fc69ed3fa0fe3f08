package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.http.JsonBuilders;
import jakarta.json.JsonObjectBuilder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Absolute links into the simulator, as Bitbucket gives them: {@code links.self} to the API, {@code links.html} to
 * the page host.
 */
public record Links(String baseUrl) {

    public String api(String path) {
        return baseUrl + "/2.0" + path;
    }

    public String page(String path) {
        return baseUrl + path;
    }

    public static JsonObjectBuilder href(String url) {
        return JsonBuilders.object().add("href", url);
    }

    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
