package com.bitgraphs.bitbucket.control;

import com.bitgraphs.connect.control.SharedSecret;
import jakarta.annotation.Priority;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** The token door: a workspace or repository access token sent as a bearer token. */
@Priority(300)
public class BearerAuthentication implements ClientRequestFilter {

    private final SharedSecret token;

    public BearerAuthentication(SharedSecret token) {
        this.token = token;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.reveal());
    }
}
