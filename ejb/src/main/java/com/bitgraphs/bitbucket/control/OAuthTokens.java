package com.bitgraphs.bitbucket.control;

import com.bitgraphs.connect.control.SharedSecret;
import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Access tokens of one OAuth consumer, obtained with the client-credentials grant and reused until a
 * minute before they expire (Bitbucket's last two hours).
 */
public final class OAuthTokens {

    private static final Duration MARGIN = Duration.ofMinutes(1);

    private final OAuthConsumer consumer;
    private final OAuthTokenEndpoint endpoint;
    private final Clock clock;
    private SharedSecret token;
    private Instant expiresAt = Instant.MIN;

    public OAuthTokens(OAuthConsumer consumer, java.net.URI baseApiUrl, Clock clock) {
        this.consumer = consumer;
        this.clock = clock;
        this.endpoint = RestClientBuilder.newBuilder()
                .baseUri(OAuthConsumer.tokenEndpoint(baseApiUrl))
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .followRedirects(false)
                .build(OAuthTokenEndpoint.class);
    }

    /** @throws BitbucketException ACCESS_REFUSED when Bitbucket refuses the consumer */
    public synchronized SharedSecret current() {
        if (token == null || !clock.instant().isBefore(expiresAt.minus(MARGIN))) {
            try {
                JsonObject answer = endpoint.clientCredentials(consumer.basicAuthorization(), "client_credentials");
                token = SharedSecret.of(answer.getString("access_token"));
                expiresAt = clock.instant().plusSeconds(answer.getJsonNumber("expires_in") == null
                        ? 3600 : answer.getJsonNumber("expires_in").longValue());
            } catch (WebApplicationException e) {
                int status = e.getResponse().getStatus();
                throw new BitbucketException(status == 400 || status == 401 || status == 403
                        ? BitbucketException.Kind.ACCESS_REFUSED : BitbucketException.Kind.UNAVAILABLE,
                        status, "Bitbucket refused the OAuth consumer (" + status + ")");
            } catch (RuntimeException e) {
                throw new BitbucketException(BitbucketException.Kind.UNAVAILABLE, 0,
                        "Bitbucket's token endpoint did not answer: " + e.getClass().getSimpleName());
            }
        }
        return token;
    }
}
