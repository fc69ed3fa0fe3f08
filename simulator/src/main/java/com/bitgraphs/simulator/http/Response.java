package com.bitgraphs.simulator.http;

import jakarta.json.JsonStructure;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP answer; immutable except for headers added on the way out (e.g. {@code Retry-After}).
 */
public final class Response {
    private final int status;
    private final String contentType;
    private final byte[] body;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Response(int status, String contentType, byte[] body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

    public static Response json(int status, JsonStructure json) {
        return new Response(status, "application/json; charset=utf-8",
                json.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static Response ok(JsonStructure json) {
        return json(200, json);
    }

    public static Response html(String html) {
        return new Response(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public static Response empty(int status) {
        return new Response(status, null, new byte[0]);
    }

    public Response header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] body() {
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
