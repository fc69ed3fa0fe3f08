package com.bitgraphs.simulator;

import com.bitgraphs.simulator.admin.AdminRoutes;
import com.bitgraphs.simulator.api.ApiFront;
import com.bitgraphs.simulator.api.ApiRoutes;
import com.bitgraphs.simulator.api.Links;
import com.bitgraphs.simulator.auth.AccessTokens;
import com.bitgraphs.simulator.auth.ApiAuthenticator;
import com.bitgraphs.simulator.connect.Installations;
import com.bitgraphs.simulator.counters.CallCounters;
import com.bitgraphs.simulator.faults.FaultInjector;
import com.bitgraphs.simulator.git.RepositoryShelf;
import com.bitgraphs.simulator.http.HttpFront;
import com.bitgraphs.simulator.members.MemberDirectory;
import com.bitgraphs.simulator.pullrequests.PullRequestCatalog;
import com.bitgraphs.simulator.admin.ConnectRoutes;
import com.bitgraphs.simulator.auth.JwtSigner;
import com.bitgraphs.simulator.connect.LifecycleDriver;
import com.bitgraphs.simulator.connect.LifecycleResult;
import com.bitgraphs.simulator.http.Router;
import com.bitgraphs.simulator.pages.ModuleFrame;
import com.bitgraphs.simulator.pages.PageHost;
import com.sun.net.httpserver.HttpServer;
import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import com.bitgraphs.simulator.webhooks.RepositoryWatcher;
import com.bitgraphs.simulator.webhooks.WebhookDelivery;
import java.time.Duration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A running simulator: start one with {@link #start(SimulatorConfig)}, read {@link #baseUrl()} (the API is under
 * {@code /2.0}, the admin API under {@code /_simulator}) and {@link #token()}, and close it when done.
 */
public final class Simulator implements AutoCloseable {
    private static final int THREADS = 16;
    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final SimulatedWorkspace workspace;
    private final String baseUrl;
    private final String token;
    private final CallCounters counters;
    private final FaultInjector faults;
    private final HttpClient http;
    private final LifecycleDriver lifecycle;
    private final ExecutorService senders;
    private final ScheduledExecutorService watcher;

    private Simulator(SimulatorConfig config) throws IOException {
        RepositoryShelf shelf = new RepositoryShelf(config.repositories());
        MemberDirectory members = new MemberDirectory(shelf, config.noAccount(), config.workspace());
        workspace = new SimulatedWorkspace(config.workspace(), shelf, members,
                new PullRequestCatalog(members, config.seed()));
        server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 64);
        baseUrl = "http://" + config.host() + ":" + server.getAddress().getPort();
        Links links = new Links(baseUrl);
        AccessTokens tokens = new AccessTokens();
        Installations installations = new Installations();
        counters = new CallCounters();
        faults = new FaultInjector(config.faults(), config.seed(), config.clock());
        ApiFront api = new ApiFront(ApiRoutes.of(workspace, links),
                new ApiAuthenticator(installations, tokens, config.clock()), counters, faults);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        JwtSigner signer = new JwtSigner(config.clock());
        lifecycle = new LifecycleDriver(installations, http, signer, workspace.slug(), workspace.uuid(),
                members.admin(), baseUrl);
        Router admin = new AdminRoutes(config.workspace(), counters, faults, tokens).addTo(new Router());
        new ConnectRoutes(lifecycle, installations).addTo(admin);
        server.createContext("/", new HttpFront(new Dispatch(api, admin,
                new PageHost(workspace, installations, new ModuleFrame(signer, members.admin().uuid()), links)
                        .addTo(new Router()))));
        // Bounded: a flood of hanging "timeout" faults must not grow threads without end
        executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(512));
        server.setExecutor(executor);
        token = tokens.issue(config.workspace());
        senders = Executors.newFixedThreadPool(4);
        watcher = Executors.newSingleThreadScheduledExecutor();
        RepositoryWatcher repositoryWatcher = new RepositoryWatcher(workspace, links,
                new WebhookDelivery(installations, http, signer, senders));
        long every = config.watchInterval().toMillis();
        watcher.scheduleWithFixedDelay(repositoryWatcher, every, every, TimeUnit.MILLISECONDS);
    }

    public static Simulator start(SimulatorConfig config) {
        try {
            Simulator simulator = new Simulator(config);
            simulator.server.start();
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** E.g. {@code http://127.0.0.1:8123}; Connect's {@code baseApiUrl}. */
    public String baseUrl() {
        return baseUrl;
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
        watcher.shutdownNow();
        senders.shutdownNow();
        server.stop(0);
        executor.shutdownNow();
        workspace.shelf().close();
    }
}
