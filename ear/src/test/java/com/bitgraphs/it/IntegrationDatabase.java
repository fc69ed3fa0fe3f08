package com.bitgraphs.it;

import com.bitgraphs.launcher.EmbeddedDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.testcontainers.DockerClientFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Starts PostgreSQL before any test, so that it is up before Arquillian starts WildFly, on the port and
 * with the role passwords the build already handed to the server's environment: in a container where a
 * Docker engine answers (unless {@code bitgraphs.it.db.container=false}), from the embedded binaries
 * otherwise. Does nothing when {@code BITGRAPHS_DB_URL} named an external server.
 */
public class IntegrationDatabase implements LauncherSessionListener {

    private AutoCloseable database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("bitgraphs.it.db.embedded") || database != null) {
            return;
        }
        int port = Integer.getInteger("bitgraphs.it.db.port");
        String ownerPassword = System.getenv("BITGRAPHS_DB_OWNER_PASSWORD");
        String appPassword = System.getenv("BITGRAPHS_DB_PASSWORD");
        String maintenancePassword = System.getenv("BITGRAPHS_DB_MAINTENANCE_PASSWORD");
        try {
            if (dockerAnswers()) {
                database = ContainerDatabase.start(port, ownerPassword, appPassword, maintenancePassword);
            } else {
                Path dataDir = Path.of(System.getProperty("bitgraphs.it.postgres.dir"));
                deleteTree(dataDir);
                database = EmbeddedDatabase.start(dataDir, port, ownerPassword, appPassword, maintenancePassword);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not start PostgreSQL for the integration tests", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL did not stop", e);
            }
            database = null;
        }
    }

    private static boolean dockerAnswers() {
        if (!Boolean.parseBoolean(System.getProperty("bitgraphs.it.db.container", "true"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
