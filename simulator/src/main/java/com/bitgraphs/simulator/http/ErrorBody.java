package com.bitgraphs.simulator.http;


/**
 * Bitbucket's error shape, used for every non-2xx answer of the API so that clients parse one form.
 */
public final class ErrorBody {
    private ErrorBody() {
    }

    public static Response of(int status, String message) {
        return Response.json(status, JsonBuilders.object()
                .add("type", "error")
                .add("error", JsonBuilders.object().add("message", message))
                .build());
    }
}
