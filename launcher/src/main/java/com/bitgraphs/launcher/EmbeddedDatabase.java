package com.bitgraphs.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from the binaries on Maven Central, with the application's database and
 * roles provisioned. Keeps its data in the given directory, so a demo restarted later finds its data.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final DatabaseSettings settings;

    private EmbeddedDatabase(EmbeddedPostgres postgres, DatabaseSettings settings) {
        this.postgres = postgres;
        this.settings = settings;
    }

    /**
     * @param dataDirectory kept between starts
     * @param port 0 for any free port
     * @param ownerPassword password set on the owner role, see {@link DatabaseRoles#newPassword()}
     * @param appPassword password set on the application role
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, String ownerPassword, String appPassword)
            throws IOException, SQLException {
        return start(dataDirectory, port, ownerPassword, appPassword, DatabaseRoles.newPassword());
    }

    /** @param maintenancePassword password set on the maintenance role of the retention sweep */
    public static EmbeddedDatabase start(Path dataDirectory, int port, String ownerPassword, String appPassword,
                                         String maintenancePassword) throws IOException, SQLException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "200")
                .setServerConfig("timezone", "UTC");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        try (Connection superuser = postgres.getPostgresDatabase().getConnection()) {
            String urlPrefix = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/";
            DatabaseSettings settings = DatabaseRoles.provision(superuser, urlPrefix, ownerPassword, appPassword, maintenancePassword);
            requirePasswords(dataDirectory, superuser);
            return new EmbeddedDatabase(postgres, settings);
        } catch (SQLException | IOException | RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /**
     * The binaries initialise the server to trust every local connection; only the superuser that
     * provisions keeps that, the application's roles must prove their passwords.
     */
    private static void requirePasswords(Path dataDirectory, Connection superuser) throws IOException, SQLException {
        Files.writeString(dataDirectory.resolve("pg_hba.conf"), String.join("\n",
                "# Written by Bitgraphs' launcher",
                "local all postgres trust",
                "host all postgres 127.0.0.1/32 trust",
                "host all postgres ::1/128 trust",
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256",
                ""));
        try (Statement statement = superuser.createStatement()) {
            statement.execute("select pg_reload_conf()");
        }
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
