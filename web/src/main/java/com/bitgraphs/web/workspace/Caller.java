package com.bitgraphs.web.workspace;

import com.bitgraphs.access.boundary.ApiTokens;
import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * Who is calling the workspace API, as the authentication filter found it: a Bitbucket user (the {@code sub} of a
 * page or context token) or a workspace API token.
 */
@RequestScoped
public class Caller {

    private String user;
    private ApiTokens.Grant token;

    public void user(String subject) {
        this.user = subject;
    }

    public void token(ApiTokens.Grant grant) {
        this.token = grant;
    }

    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    public Optional<ApiTokens.Grant> token() {
        return Optional.ofNullable(token);
    }
}
