package com.bitgraphs.launcher;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * Creates, as a superuser, the application database and its three roles: the owner, which runs the
 * migrations and owns every table; the application role, which owns nothing and can neither bypass
 * row-level security nor create objects; and the maintenance role of the retention sweep, which owns
 * nothing either but bypasses row-level security, so that it can purge any uninstalled tenant.
 * Idempotent; passwords are set on every call.
 */
public final class DatabaseRoles {

    public static final String DATABASE = "bitgraphs";
    public static final String OWNER = "bitgraphs_owner";
    public static final String APP = "bitgraphs_app";
    public static final String MAINTENANCE = "bitgraphs_maintenance";

    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabaseRoles() {
    }

    /**
     * @param superuser a connection to any database of the server, as a superuser
     * @param urlPrefix the JDBC URL up to the database name, e.g. {@code jdbc:postgresql://127.0.0.1:5432/}
     */
    public static DatabaseSettings provision(Connection superuser, String urlPrefix, String ownerPassword, String appPassword,
                                             String maintenancePassword) throws SQLException {
        requireHex(ownerPassword);
        requireHex(appPassword);
        requireHex(maintenancePassword);
        upsertRole(superuser, OWNER, ownerPassword, "NOBYPASSRLS");
        upsertRole(superuser, APP, appPassword, "NOBYPASSRLS");
        upsertRole(superuser, MAINTENANCE, maintenancePassword, "BYPASSRLS");
        if (!exists(superuser, "select 1 from pg_database where datname = ?", DATABASE)) {
            execute(superuser, "CREATE DATABASE " + DATABASE + " OWNER " + OWNER + " ENCODING 'UTF8'");
        }
        execute(superuser, "REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
        execute(superuser, "GRANT CONNECT, TEMPORARY ON DATABASE " + DATABASE + " TO " + APP);
        execute(superuser, "GRANT CONNECT, TEMPORARY ON DATABASE " + DATABASE + " TO " + OWNER);
        execute(superuser, "GRANT CONNECT ON DATABASE " + DATABASE + " TO " + MAINTENANCE);
        return new DatabaseSettings(urlPrefix + DATABASE, OWNER, ownerPassword, APP, appPassword, MAINTENANCE, maintenancePassword);
    }

    private static void upsertRole(Connection superuser, String role, String password, String rls) throws SQLException {
        String verb = exists(superuser, "select 1 from pg_roles where rolname = ?", role) ? "ALTER" : "CREATE";
        // Role names are constants; the password is hex, so quoting it is safe
        execute(superuser, verb + " ROLE " + role
                + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION " + rls + " PASSWORD '" + password + "'");
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void requireHex(String password) {
        // The password is spliced into DDL, which takes no bind parameters
        if (!password.matches("[0-9a-f]{16,}")) {
            throw new IllegalArgumentException("role passwords must be at least 16 lowercase hex digits");
        }
    }

    /** A random password of 48 hex digits. */
    public static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
