package com.bitgraphs.bitbucket.control;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/** The last line of the read-only promise: a request with any method but GET never leaves the app. */
@Priority(200)
public class ReadOnlyGuard implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod())) {
            throw new IllegalStateException("Bitgraphs only reads from Bitbucket; refused " + request.getMethod());
        }
    }
}
