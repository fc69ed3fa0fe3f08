package com.bitgraphs.bitbucket.boundary;

import com.bitgraphs.bitbucket.control.Backoff;
import com.bitgraphs.bitbucket.control.BearerAuthentication;
import com.bitgraphs.bitbucket.control.BitbucketCalls;
import com.bitgraphs.bitbucket.control.BitbucketClient;
import com.bitgraphs.bitbucket.control.BitbucketClientFactory;
import com.bitgraphs.bitbucket.control.BitbucketException;
import com.bitgraphs.bitbucket.control.CallStatistics;
import com.bitgraphs.bitbucket.control.ConnectAuthentication;
import com.bitgraphs.bitbucket.control.OAuthConsumer;
import com.bitgraphs.bitbucket.control.OAuthTokens;
import com.bitgraphs.bitbucket.control.RequestBudget;
import com.bitgraphs.bitbucket.control.Sleeper;
import com.bitgraphs.connect.boundary.ConnectSettings;
import com.bitgraphs.connect.control.ConnectJwtSigner;
import com.bitgraphs.connect.control.SharedSecret;
import com.bitgraphs.tenant.boundary.ConnectionState;
import com.bitgraphs.tenant.boundary.TenantSecrets;
import com.bitgraphs.tenant.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * Hands out a tenant's Bitbucket client: signed as the app for Connect installations, with the access token
 * for the token door, and sharing one request budget per tenant however many jobs call at once.
 */
@ApplicationScoped
public class BitbucketClients {

    @Inject
    TenantSecrets secrets;

    @Inject
    ConnectSettings connect;

    @Inject
    Clock clock;

    @Inject
    ConnectionState connectionState;

    /** Bitbucket allows 1,000 an hour to Connect calls; the rest is headroom for pages and webhooks. */
    @Inject
    @ConfigProperty(name = "bitgraphs.bitbucket.requests-per-hour", defaultValue = "900")
    int requestsPerHour;

    @Inject
    @ConfigProperty(name = "bitgraphs.bitbucket.max-retries", defaultValue = "5")
    int maxRetries;

    @Inject
    @ConfigProperty(name = "bitgraphs.bitbucket.read-timeout-seconds", defaultValue = "30")
    int readTimeoutSeconds;

    private final Map<UUID, RequestBudget> budgets = new ConcurrentHashMap<>();
    private final Map<UUID, CallStatistics> statistics = new ConcurrentHashMap<>();
    private final Map<String, OAuthTokens> oauthTokens = new ConcurrentHashMap<>();

    public BitbucketClient forTenant(Tenant tenant) {
        SharedSecret secret = secrets.open(tenant);
        URI baseApiUrl = URI.create(tenant.baseApiUrl());
        ClientRequestFilter authentication = switch (tenant.credential()) {
            case SHARED_SECRET -> new ConnectAuthentication(new ConnectJwtSigner(connect.appKey(), clock), tenant.clientKey(), secret, baseApiUrl);
            case ACCESS_TOKEN -> new BearerAuthentication(secret);
            case OAUTH_CONSUMER -> new BearerAuthentication(oauthTokens.computeIfAbsent(
                    tenant.id() + ":" + java.util.Arrays.hashCode(tenant.sealedSecret()),
                    key -> new OAuthTokens(OAuthConsumer.parse(secret), baseApiUrl, clock))::current);
        };
        RequestBudget budget = budgets.computeIfAbsent(tenant.id(), id -> new RequestBudget(requestsPerHour, clock, Sleeper.REAL));
        return create(baseApiUrl, authentication, budget, statistics.computeIfAbsent(tenant.id(), id -> new CallStatistics()),
                refused -> connectionState.broken(tenant.id(), refused.getMessage()));
    }

    /** A one-off client for an OAuth consumer not yet registered, to check it with a read call. */
    public BitbucketClient forConsumer(URI baseApiUrl, OAuthConsumer consumer) {
        OAuthTokens tokens = new OAuthTokens(consumer, baseApiUrl, clock);
        return create(baseApiUrl, new BearerAuthentication(tokens::current), new RequestBudget(requestsPerHour, clock, Sleeper.REAL),
                new CallStatistics(), refused -> { });
    }

    /** A one-off client for a token not yet registered, to check it with a read call. */
    public BitbucketClient forToken(URI baseApiUrl, SharedSecret token) {
        return create(baseApiUrl, new BearerAuthentication(token), new RequestBudget(requestsPerHour, clock, Sleeper.REAL),
                new CallStatistics(), refused -> { });
    }

    public CallStatistics statistics(UUID tenant) {
        return statistics.computeIfAbsent(tenant, id -> new CallStatistics());
    }

    private BitbucketClient create(URI baseApiUrl, ClientRequestFilter authentication, RequestBudget budget, CallStatistics stats,
                                   Consumer<BitbucketException> onAccessRefused) {
        BitbucketCalls calls = new BitbucketCalls(budget,
                new Backoff(Duration.ofMillis(500), Duration.ofMinutes(1), RandomGenerator.getDefault()), Sleeper.REAL, maxRetries, stats,
                onAccessRefused);
        return new BitbucketClientFactory(Duration.ofSeconds(10), Duration.ofSeconds(readTimeoutSeconds))
                .create(baseApiUrl, authentication, calls, stats);
    }
}
