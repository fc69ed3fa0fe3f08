package com.bitgraphs.launcher;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code ./bitgraphs} command. {@code demo} starts PostgreSQL (embedded unless {@code BITGRAPHS_DB_URL}
 * names a server) and WildFly with the application, prints where to look, and on Ctrl-C or SIGTERM stops
 * both, leaving no process behind.
 */
public final class Launcher {

    static final String APP_BASE = "http://localhost:8080/bitgraphs";
    static final String MANAGEMENT = "http://localhost:9990";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !args[0].equals("demo")) {
            System.err.println("usage: ./bitgraphs demo");
            System.exit(2);
        }
        Path root = Path.of(System.getProperty("bitgraphs.root", ".")).toAbsolutePath().normalize();
        System.exit(demo(root));
    }

    static int demo(Path root) throws Exception {
        Path demoDir = root.resolve("target/demo");
        Files.createDirectories(demoDir);
        Optional<DatabaseSettings> external = DatabaseSettings.fromEnvironment(System.getenv());
        EmbeddedDatabase embedded = external.isPresent() ? null
                : EmbeddedDatabase.start(demoDir.resolve("postgres"), 0, DatabaseRoles.newPassword(), DatabaseRoles.newPassword());
        DatabaseSettings database = external.orElseGet(embedded::settings);
        System.out.println("PostgreSQL: " + database.url() + (embedded == null ? " (external)" : " (embedded)"));

        Map<String, String> environment = new LinkedHashMap<>(database.environment());
        // Demo mode: secrets at rest sealed with a key generated once under target/demo, unless keys are configured
        environment.putIfAbsent("BITGRAPHS_DEMO", "true");
        WildFlyServer server = new WildFlyServer(root.resolve("ear/target/wildfly"), demoDir.resolve("server"), environment);
        Path deployments = root.resolve("ear/target/deployments");
        server.prepare(List.of(deployments.resolve("bitgraphs.ear"), deployments.resolve("bitgraphs-health.war")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, embedded), "bitgraphs-demo-stop"));

        Path consoleLog = demoDir.resolve("wildfly-console.log");
        System.out.println("Starting WildFly (its console: " + consoleLog + ") ...");
        server.start(consoleLog);
        server.awaitReady(URI.create(MANAGEMENT + "/health/ready"), Duration.ofMinutes(5));

        DemoProperties properties = new DemoProperties()
                .put("app.base", APP_BASE)
                .put("health.url", MANAGEMENT + "/health")
                .put("metrics.url", MANAGEMENT + "/metrics");
        properties.write(demoDir.resolve("demo.properties"));
        System.out.println();
        System.out.println("Bitgraphs is running.");
        properties.values().forEach((key, value) -> System.out.println("  " + key + " = " + value));
        System.out.println("The same is in " + demoDir.resolve("demo.properties") + ". Ctrl-C stops everything.");
        return server.waitFor();
    }

    private static void stop(WildFlyServer server, EmbeddedDatabase embedded) {
        System.out.println("Stopping Bitgraphs ...");
        server.stop();
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
