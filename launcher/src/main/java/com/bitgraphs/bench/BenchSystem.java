package com.bitgraphs.bench;

import com.bitgraphs.launcher.DatabaseRoles;
import com.bitgraphs.launcher.EmbeddedDatabase;
import com.bitgraphs.launcher.WildFlyServer;
import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.connect.LifecycleResult;
import com.bitgraphs.simulator.faults.FaultSettings;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The system under benchmark, started as the demo starts it: a fresh embedded PostgreSQL, the in-process
 * simulator serving the given repositories with no rate limit, and the provisioned WildFly at the benchmark's
 * port offset with no request budget of its own. Closing stops all of it.
 */
public final class BenchSystem implements AutoCloseable {

    /** Bitbucket's budget switched off: the benchmark measures Bitgraphs, not the rate limit. */
    private static final String UNLIMITED = Integer.toString(Integer.MAX_VALUE);

    private final BenchOptions options;
    private EmbeddedDatabase database;
    private Simulator simulator;
    private WildFlyServer server;
    private Path dataDirectory;
    private boolean closed;

    private BenchSystem(BenchOptions options) {
        this.options = options;
    }

    public static BenchSystem start(Path root, BenchOptions options, String workspace, List<Path> repositories,
                                    Set<String> noAccount) throws Exception {
        BenchSystem system = new BenchSystem(options);
        // Ctrl-C or SIGTERM mid-run must not leave WildFly or PostgreSQL behind
        Runtime.getRuntime().addShutdownHook(new Thread(system::close, "bench-stop"));
        try {
            system.boot(root, workspace, repositories, noAccount);
            return system;
        } catch (Exception e) {
            system.close();
            throw e;
        }
    }

    private void boot(Path root, String workspace, List<Path> repositories, Set<String> noAccount) throws Exception {
        Path dir = root.resolve("target/bench/run");
        Files.createDirectories(dir);
        dataDirectory = dir.resolve("postgres");
        database = EmbeddedDatabase.start(emptied(dataDirectory), 0, DatabaseRoles.newPassword(), DatabaseRoles.newPassword());
        FaultSettings faults = FaultSettings.defaults();
        simulator = Simulator.start(SimulatorConfig.defaults()
                .withWorkspace(workspace)
                .withRepositories(repositories)
                .withNoAccount(noAccount)
                .withFaults(new FaultSettings(0, faults.retryAfter(), 0, faults.errorStatuses(), 0, faults.slowMillis(), 0,
                        faults.timeoutMillis()))
                // Nothing is pushed during a benchmark: no need to poll the repositories for webhooks
                .withWatchInterval(Duration.ofHours(1)));

        Map<String, String> environment = new LinkedHashMap<>(database.settings().environment());
        environment.put("BITGRAPHS_DEMO", "true");
        environment.put("BITGRAPHS_BASE_URL", appBase());
        environment.put("BITGRAPHS_CONNECT_ALLOWED_API_URLS", simulator.baseUrl());
        environment.put("BITGRAPHS_OPERATOR_KEY", DatabaseRoles.newPassword());
        environment.put("BITGRAPHS_BITBUCKET_REQUESTS_PER_HOUR", UNLIMITED);
        server = new WildFlyServer(root.resolve("ear/target/wildfly"), emptied(dir.resolve("server")), environment);
        Path deployments = root.resolve("ear/target/deployments");
        server.prepare(List.of(deployments.resolve("bitgraphs.ear"), deployments.resolve("bitgraphs-health.war")));
        server.start(dir.resolve("wildfly-console.log"), List.of("-Djboss.socket.binding.port-offset=" + options.portOffset()));
        server.awaitReady(URI.create(management() + "/health/ready"), Duration.ofMinutes(5));
    }

    public String appBase() {
        return "http://localhost:" + options.httpPort() + "/bitgraphs";
    }

    public String management() {
        return "http://localhost:" + options.managementPort();
    }

    public Simulator simulator() {
        return simulator;
    }

    /** Installs the app in the simulator's workspace through Atlassian Connect, as an admin would. */
    public LifecycleResult install() {
        LifecycleResult installed = simulator.install(appBase() + "/atlassian-connect.json");
        if (installed.appStatus() / 100 != 2) {
            throw new IllegalStateException("The app refused the install: " + installed.appStatus());
        }
        return installed;
    }

    /** The schema owner's connection, for reading what was stored; enter a tenant with {@link #enter}. */
    public Connection owner() throws SQLException {
        var settings = database.settings();
        return DriverManager.getConnection(settings.url(), settings.ownerUser(), settings.ownerPassword());
    }

    public UUID tenant(String clientKey) throws SQLException {
        try (Connection owner = owner();
             PreparedStatement select = owner.prepareStatement("select id from tenant where client_key = ?")) {
            select.setString(1, clientKey);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No tenant for the installation");
                }
                return row.getObject(1, UUID.class);
            }
        }
    }

    /** Sets the tenant for the connection's current transaction, so row-level security lets its rows through. */
    public static void enter(Connection connection, UUID tenant) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement set = connection.prepareStatement("select set_config('bitgraphs.tenant', ?, true)")) {
            set.setString(1, tenant.toString());
            set.execute();
        }
    }

    /** The WildFly processes (script and JVM). */
    public List<Long> serverPids() {
        return server == null ? List.of() : server.pids();
    }

    /**
     * PostgreSQL's processes: the postmaster (it detaches from this JVM; its pid is the first line of
     * {@code postmaster.pid}) and its backends.
     */
    public List<Long> databasePids() {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            return ProcessHandle.of(postmaster).stream()
                    .flatMap(handle -> Stream.concat(Stream.of(handle), handle.descendants()))
                    .map(ProcessHandle::pid).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (server != null) {
            server.stop();
        }
        if (simulator != null) {
            simulator.close();
        }
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
        }
    }

    private static Path emptied(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return directory;
    }
}
