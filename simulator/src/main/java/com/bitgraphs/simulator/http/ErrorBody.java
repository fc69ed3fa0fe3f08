package com.bitgraphs.simulator.http;

import jakarta.json.Json;

/**
 * Bitbucket's error shape, used for every non-2xx answer of the API so that clients parse one form.
 */
public final class ErrorBody {
    private ErrorBody() {
    }

    public static Response of(int status, String message) {
        return Response.json(status, Json.createObjectBuilder()
                .add("type", "error")
                .add("error", Json.createObjectBuilder().add("message", message))
                .build());
    }
}
