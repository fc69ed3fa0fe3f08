package com.bitgraphs.launcher;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code ./bitgraphs} command. {@code demo} starts PostgreSQL (embedded unless {@code BITGRAPHS_DB_URL}
 * names a server), the Bitbucket simulator serving the given repositories, and WildFly with the application;
 * installs the app in the simulator's workspace; prints where to look; and on Ctrl-C or SIGTERM stops all of
 * it, leaving no process behind. {@code register} registers a workspace through the token door.
 */
public final class Launcher {

    static final String APP_BASE = "http://localhost:8080/bitgraphs";
    static final String MANAGEMENT = "http://localhost:9990";
    private static final String USAGE = """
            usage: ./bitgraphs demo [--repo PATH]... [--workspace SLUG] [--no-account EMAIL]...
                   ./bitgraphs register --workspace SLUG (--token ACCESS_TOKEN | --oauth-key KEY --oauth-secret SECRET) [--api URL] [--app URL] [--operator-key KEY]
                   ./bitgraphs bench ingest [--commits N] [--repositories N] [--seed N] [--port-offset N] [--verify N]
                   ./bitgraphs bench reports""";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bitgraphs.root", ".")).toAbsolutePath().normalize();
        List<String> options = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
        try {
            String command = args.length == 0 ? "" : args[0];
            switch (command) {
                case "demo" -> System.exit(demo(root, DemoOptions.parse(options, root)));
                case "register" -> System.exit(TokenDoorRegistration.run(options, root.resolve("target/demo/demo.properties")));
                case "bench" -> System.exit(com.bitgraphs.bench.BenchCommand.run(root, options));
                default -> {
                    System.err.println(USAGE);
                    System.exit(2);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (Exception e) {
            // Exiting runs the shutdown hook, which stops whatever was started
            System.err.println("Bitgraphs could not start: " + e);
            System.exit(1);
        }
    }

    static int demo(Path root, DemoOptions options) throws Exception {
        Path demoDir = root.resolve("target/demo");
        Files.createDirectories(demoDir);
        Optional<DatabaseSettings> external = DatabaseSettings.fromEnvironment(System.getenv());
        // A fresh database each time: the simulator starts afresh too, and its first install of the workspace
        // must find no installation, or the app rightly refuses it as an unsigned install of a known client key
        EmbeddedDatabase embedded = external.isPresent() ? null
                : EmbeddedDatabase.start(emptied(demoDir.resolve("postgres")), 0, DatabaseRoles.newPassword(), DatabaseRoles.newPassword());
        DatabaseSettings database = external.orElseGet(embedded::settings);
        System.out.println("PostgreSQL: " + database.url() + (embedded == null ? " (external)" : " (embedded)"));

        Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withWorkspace(options.workspace())
                .withRepositories(options.repositories())
                .withNoAccount(options.noAccount()));
        System.out.println("Bitbucket simulator: " + simulator.baseUrl() + ", workspace " + simulator.workspace()
                + ", serving " + options.repositories());

        String operatorKey = System.getenv().getOrDefault("BITGRAPHS_OPERATOR_KEY", newKey());
        Map<String, String> environment = new LinkedHashMap<>(database.environment());
        // Demo mode: secrets at rest sealed with a key generated once under target/demo, unless keys are configured
        environment.putIfAbsent("BITGRAPHS_DEMO", "true");
        environment.put("BITGRAPHS_BASE_URL", APP_BASE);
        environment.put("BITGRAPHS_CONNECT_ALLOWED_API_URLS", "https://api.bitbucket.org," + simulator.baseUrl());
        environment.put("BITGRAPHS_OPERATOR_KEY", operatorKey);
        // The simulator's page host frames the pages, as bitbucket.org does in production
        environment.put("BITGRAPHS_PAGES_FRAME_ANCESTORS", "https://bitbucket.org," + simulator.baseUrl());
        WildFlyServer server = new WildFlyServer(root.resolve("ear/target/wildfly"), demoDir.resolve("server"), environment);
        Path deployments = root.resolve("ear/target/deployments");
        server.prepare(List.of(deployments.resolve("bitgraphs.ear"), deployments.resolve("bitgraphs-health.war")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, simulator, embedded), "bitgraphs-demo-stop"));

        Path consoleLog = demoDir.resolve("wildfly-console.log");
        System.out.println("Starting WildFly (its console: " + consoleLog + ") ...");
        server.start(consoleLog);
        server.awaitReady(URI.create(MANAGEMENT + "/health/ready"), Duration.ofMinutes(5));

        var installed = simulator.install(APP_BASE + "/atlassian-connect.json");
        // The result carries the shared secret: print only the outcome
        System.out.println("Installed the app in workspace " + simulator.workspace() + " through Atlassian Connect"
                + " (the app answered " + installed.appStatus() + ")");

        String apiToken = DemoToken.create(APP_BASE, simulator.workspace(), operatorKey);

        DemoProperties properties = new DemoProperties()
                .put("app.base", APP_BASE)
                .put("api.base", APP_BASE + "/api/v1")
                .put("api.token", apiToken)
                .put("health.url", MANAGEMENT + "/health")
                .put("metrics.url", MANAGEMENT + "/metrics")
                .put("simulator.base", simulator.baseUrl())
                .put("simulator.token", simulator.token())
                .put("workspace.url", simulator.baseUrl() + "/" + simulator.workspace())
                .put("operator.key", operatorKey);
        properties.write(demoDir.resolve("demo.properties"));
        System.out.println();
        System.out.println("Bitgraphs is running.");
        properties.values().forEach((key, value) -> System.out.println("  " + key + " = " + value));
        System.out.println("The same is in " + demoDir.resolve("demo.properties") + ". Ctrl-C stops everything.");
        System.out.println("Try: curl -H \"Authorization: Bearer " + apiToken + "\" " + APP_BASE + "/api/v1/workspaces/"
                + simulator.workspace() + "/sync");
        return server.waitFor();
    }

    private static Path emptied(Path directory) throws java.io.IOException {
        if (Files.exists(directory)) {
            try (var files = Files.walk(directory)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return directory;
    }

    private static String newKey() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void stop(WildFlyServer server, Simulator simulator, EmbeddedDatabase embedded) {
        System.out.println("Stopping Bitgraphs ...");
        server.stop();
        simulator.close();
        if (embedded != null) {
            try {
                embedded.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
        }
        System.out.println("Stopped.");
    }
}
