package com.bitgraphs.bitbucket.control;

import com.bitgraphs.connect.control.CanonicalRequest;
import com.bitgraphs.connect.control.ConnectJwtSigner;
import com.bitgraphs.connect.control.SharedSecret;
import jakarta.annotation.Priority;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import java.net.URI;

/** Signs each call as the app for one installation: a fresh JWT whose qsh covers exactly this request. */
@Priority(300)
public class ConnectAuthentication implements ClientRequestFilter {

    private final ConnectJwtSigner signer;
    private final String clientKey;
    private final SharedSecret secret;
    private final URI baseApiUrl;

    public ConnectAuthentication(ConnectJwtSigner signer, String clientKey, SharedSecret secret, URI baseApiUrl) {
        this.signer = signer;
        this.clientKey = clientKey;
        this.secret = secret;
        this.baseApiUrl = baseApiUrl;
    }

    @Override
    public void filter(ClientRequestContext request) {
        CanonicalRequest canonical = CanonicalRequest.outgoing(request.getMethod(), request.getUri(), baseApiUrl);
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, signer.authorizationHeader(clientKey, secret, canonical));
    }
}
