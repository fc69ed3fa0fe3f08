package com.bitgraphs.bitbucket.control;

import jakarta.ws.rs.client.ClientRequestFilter;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Builds the Rest Client proxies for one tenant: its API base, its authentication, the read-only guard. */
public final class BitbucketClientFactory {

    private final Duration connectTimeout;
    private final Duration readTimeout;

    public BitbucketClientFactory(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    public BitbucketClient create(URI baseApiUrl, ClientRequestFilter authentication, BitbucketCalls calls, CallStatistics statistics) {
        return new BitbucketClient(builder(baseApiUrl, authentication).build(BitbucketApi.class),
                builder(baseApiUrl, authentication).build(NextPages.class), calls, statistics);
    }

    private RestClientBuilder builder(URI baseApiUrl, ClientRequestFilter authentication) {
        return RestClientBuilder.newBuilder()
                .baseUri(baseApiUrl)
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .register(new NextLink(baseApiUrl))
                .register(new ReadOnlyGuard())
                .register(authentication);
    }
}
