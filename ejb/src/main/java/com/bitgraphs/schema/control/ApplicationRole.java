package com.bitgraphs.schema.control;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database role behind the application datasource, checked before anything is migrated: row-level
 * security only isolates tenants when that role is neither superuser, nor BYPASSRLS, nor the owner.
 */
public record ApplicationRole(String name) {

    public static ApplicationRole of(DataSource app, String ownerRole) throws SQLException {
        try (Connection connection = app.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "select rolname, rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
            row.next();
            String name = row.getString(1);
            if (row.getBoolean(2) || row.getBoolean(3)) {
                throw new IllegalStateException("The application role " + name
                        + " is a superuser or has BYPASSRLS; row-level security would not isolate tenants");
            }
            if (name.equals(ownerRole)) {
                throw new IllegalStateException("The application datasource uses the owner role " + name
                        + "; it must use a role that owns no table");
            }
            return new ApplicationRole(name);
        }
    }

    public static String currentUser(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select current_user")) {
            row.next();
            return row.getString(1);
        }
    }
}
