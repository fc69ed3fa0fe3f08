package com.bitgraphs.it;

import com.bitgraphs.launcher.EmbeddedDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Starts the embedded PostgreSQL before any test, so that it is up before Arquillian starts WildFly, on
 * the port and with the role passwords that the build already handed to the server's environment.
 */
public class IntegrationDatabase implements LauncherSessionListener {

    private EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("bitgraphs.it.db.embedded") || database != null) {
            return;
        }
        Path dataDir = Path.of(System.getProperty("bitgraphs.it.postgres.dir"));
        try {
            deleteTree(dataDir);
            database = EmbeddedDatabase.start(dataDir, Integer.getInteger("bitgraphs.it.db.port"),
                    System.getenv("BITGRAPHS_DB_OWNER_PASSWORD"), System.getenv("BITGRAPHS_DB_PASSWORD"));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            database = null;
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
