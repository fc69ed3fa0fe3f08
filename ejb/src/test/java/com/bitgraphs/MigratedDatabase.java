package com.bitgraphs;

import com.bitgraphs.launcher.DatabaseRoles;
import com.bitgraphs.launcher.DatabaseSettings;
import com.bitgraphs.launcher.EmbeddedDatabase;
import com.bitgraphs.schema.control.Migrations;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL for the unit tests of this module, started once per test JVM, with the migrations
 * applied exactly as the server applies them.
 */
public final class MigratedDatabase {

    private static MigratedDatabase instance;

    private final DatabaseSettings settings;

    private MigratedDatabase(DatabaseSettings settings) {
        this.settings = settings;
    }

    public static synchronized MigratedDatabase get() throws Exception {
        if (instance == null) {
            Path dataDir = Files.createTempDirectory("bitgraphs-ejb-test-pg");
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, 0, DatabaseRoles.newPassword(), DatabaseRoles.newPassword());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    database.close();
                } catch (Exception e) {
                    // The JVM is going away either way
                }
            }));
            MigratedDatabase migrated = new MigratedDatabase(database.settings());
            new Migrations(migrated.owner(), DatabaseRoles.APP, DatabaseRoles.MAINTENANCE, MigratedDatabase.class.getClassLoader()).migrate();
            instance = migrated;
        }
        return instance;
    }

    public DataSource owner() {
        return dataSource(settings.ownerUser(), settings.ownerPassword());
    }

    public DataSource app() {
        return dataSource(settings.appUser(), settings.appPassword());
    }

    public DataSource maintenance() {
        return dataSource(settings.maintenanceUser(), settings.maintenancePassword());
    }

    /** Removes every row of every application table, as the owner with each tenant's rows visible in turn. */
    public void wipe() throws SQLException {
        try (Connection connection = owner().getConnection(); Statement statement = connection.createStatement()) {
            // TRUNCATE is not subject to row-level security
            statement.execute("TRUNCATE repository, tenant CASCADE");
        }
    }

    private DataSource dataSource(String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(settings.url());
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }
}
