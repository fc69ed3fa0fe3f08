package com.bitgraphs.simulator;

import com.bitgraphs.simulator.admin.AdminRoutes;
import com.bitgraphs.simulator.admin.ConnectRoutes;
import com.bitgraphs.simulator.api.ApiFront;
import com.bitgraphs.simulator.api.ApiRoutes;
import com.bitgraphs.simulator.api.Links;
import com.bitgraphs.simulator.auth.AccessTokens;
import com.bitgraphs.simulator.auth.OAuthConsumers;
import com.bitgraphs.simulator.auth.OAuthTokenEndpoint;
import com.bitgraphs.simulator.auth.ApiAuthenticator;
import com.bitgraphs.simulator.auth.JwtSigner;
import com.bitgraphs.simulator.connect.Installations;
import com.bitgraphs.simulator.connect.LifecycleDriver;
import com.bitgraphs.simulator.connect.LifecycleResult;
import com.bitgraphs.simulator.counters.CallCounters;
import com.bitgraphs.simulator.faults.FaultInjector;
import com.bitgraphs.simulator.git.RepositoryShelf;
import com.bitgraphs.simulator.http.HttpHost;
import com.bitgraphs.simulator.http.Router;
import com.bitgraphs.simulator.members.MemberDirectory;
import com.bitgraphs.simulator.pages.ModuleFrame;
import com.bitgraphs.simulator.pages.PageHost;
import com.bitgraphs.simulator.pullrequests.PullRequestCatalog;
import com.bitgraphs.simulator.webhooks.RepositoryWatcher;
import com.bitgraphs.simulator.webhooks.WebhookDelivery;
import com.bitgraphs.simulator.webhooks.WebhookSchedule;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * A running simulator: start one with {@link #start(SimulatorConfig)}, read {@link #baseUrl()} (the API is under
 * {@code /2.0}, the admin API under {@code /_simulator}) and {@link #token()}, and close it when done.
 */
public final class Simulator implements AutoCloseable {
    private final HttpHost host;
    private final SimulatedWorkspace workspace;
    private final String token;
    private final CallCounters counters = new CallCounters();
    private final FaultInjector faults;
    private final LifecycleDriver lifecycle;
    private final OAuthConsumers.Consumer oauthConsumer;
    private final WebhookSchedule webhooks = new WebhookSchedule();
    private final AccessTokens tokens = new AccessTokens();
    private final OAuthConsumers consumers = new OAuthConsumers();

    private Simulator(SimulatorConfig config) {
        RepositoryShelf shelf = new RepositoryShelf(config.repositories());
        MemberDirectory members = new MemberDirectory(shelf, config.noAccount(), config.workspace());
        workspace = new SimulatedWorkspace(config.workspace(), shelf, members,
                new PullRequestCatalog(members, config.seed()));
        token = tokens.issue(config.workspace());
        oauthConsumer = consumers.create(config.workspace());
        faults = new FaultInjector(config.faults(), config.seed(), config.clock());
        try {
            host = new HttpHost(config.host(), config.port());
        } catch (RuntimeException e) {
            throw abandon(e, shelf, webhooks);
        }
        try {
            lifecycle = wire(config, members);
        } catch (RuntimeException e) {
            throw abandon(e, host, shelf, webhooks);
        }
    }

    private LifecycleDriver wire(SimulatorConfig config, MemberDirectory members) {
        Links links = new Links(host.baseUrl());
        Installations installations = new Installations();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        JwtSigner signer = new JwtSigner(config.clock());
        LifecycleDriver driver = new LifecycleDriver(installations, http, signer, workspace.slug(), workspace.uuid(),
                members.admin(), host.baseUrl());

        ApiFront api = new ApiFront(ApiRoutes.of(workspace, links),
                new ApiAuthenticator(installations, tokens, config.clock()), counters, faults);
        Router admin = new AdminRoutes(config.workspace(), counters, faults, tokens, members).addTo(new Router());
        new ConnectRoutes(driver, installations).addTo(admin);
        Router pages = new PageHost(workspace, installations, new ModuleFrame(signer, members.admin().uuid()), links)
                .addTo(new Router());
        pages.post("/site/oauth2/access_token", new OAuthTokenEndpoint(consumers, tokens));
        webhooks.watch(new RepositoryWatcher(workspace, links,
                new WebhookDelivery(installations, http, signer, webhooks.senders())), config.watchInterval());
        host.start(new Dispatch(api, admin, pages));
        return driver;
    }

    /** Starts serving the configured repositories; close the simulator to stop. */
    public static Simulator start(SimulatorConfig config) {
        return new Simulator(config);
    }

    /** Closes what was opened before a failed start, so a failed start leaves no port or thread behind. */
    private static RuntimeException abandon(RuntimeException failure, AutoCloseable... opened) {
        for (AutoCloseable resource : opened) {
            try {
                resource.close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
        return failure;
    }

    /** E.g. {@code http://127.0.0.1:8123}; Connect's {@code baseApiUrl}. */
    public String baseUrl() {
        return host.baseUrl();
    }

    /** An OAuth consumer of the served workspace, for the client-credentials grant at {@code /site/oauth2/access_token}. */
    public OAuthConsumers.Consumer oauthConsumer() {
        return oauthConsumer;
    }

    /** A bearer token for the API, valid for the served workspace. */
    public String token() {
        return token;
    }

    public String workspace() {
        return workspace.slug();
    }

    public CallCounters counters() {
        return counters;
    }

    public FaultInjector faults() {
        return faults;
    }

    /** Installs (or installs again) the app whose descriptor is at that URL, as an admin would. */
    public LifecycleResult install(String descriptorUrl) {
        return lifecycle.install(descriptorUrl);
    }

    public LifecycleResult uninstall(String appKey) {
        return lifecycle.uninstall(appKey);
    }

    public LifecycleResult reinstall(String appKey) {
        return lifecycle.reinstall(appKey);
    }

    @Override
    public void close() {
        webhooks.close();
        host.close();
        workspace.shelf().close();
    }
}
