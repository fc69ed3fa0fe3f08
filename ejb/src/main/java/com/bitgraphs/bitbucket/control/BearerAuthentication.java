package com.bitgraphs.bitbucket.control;

import com.bitgraphs.connect.control.SharedSecret;
import jakarta.annotation.Priority;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.function.Supplier;

/**
 * The token door: a workspace or repository access token, or an OAuth consumer's current access token,
 * sent as a bearer token.
 */
@Priority(300)
public class BearerAuthentication implements ClientRequestFilter {

    private final Supplier<SharedSecret> token;

    public BearerAuthentication(SharedSecret token) {
        this(() -> token);
    }

    /** @param token asked before every request, so refreshed tokens take over */
    public BearerAuthentication(Supplier<SharedSecret> token) {
        this.token = token;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.get().reveal());
    }
}
