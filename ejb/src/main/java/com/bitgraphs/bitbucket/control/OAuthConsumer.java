package com.bitgraphs.bitbucket.control;

import com.bitgraphs.connect.control.SharedSecret;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A Bitbucket OAuth consumer (key and secret) of the token door, exchanged for short-lived access tokens
 * with the client-credentials grant. Stored sealed as {@code key:secret}; {@code toString} hides the secret.
 */
public record OAuthConsumer(String key, SharedSecret secret) {

    public static OAuthConsumer parse(SharedSecret sealedForm) {
        String value = sealedForm.reveal();
        int colon = value.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("not an OAuth consumer");
        }
        return new OAuthConsumer(value.substring(0, colon), SharedSecret.of(value.substring(colon + 1)));
    }

    public SharedSecret sealedForm() {
        return SharedSecret.of(key + ":" + secret.reveal());
    }

    public String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret.reveal()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Where Bitbucket exchanges consumer credentials for tokens: bitbucket.org for its public API, under the
     * API's own origin otherwise (the simulator).
     */
    public static URI tokenEndpoint(URI baseApiUrl) {
        if ("api.bitbucket.org".equalsIgnoreCase(baseApiUrl.getHost())) {
            return URI.create("https://bitbucket.org/site/oauth2/access_token");
        }
        String base = baseApiUrl.toString().replaceAll("/$", "");
        return URI.create(base + "/site/oauth2/access_token");
    }

    @Override
    public String toString() {
        return "OAuthConsumer[key=" + key + "]";
    }
}
