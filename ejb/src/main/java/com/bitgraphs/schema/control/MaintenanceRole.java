package com.bitgraphs.schema.control;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database role behind the maintenance datasource, which the retention sweep uses: it must see every
 * tenant (BYPASSRLS), and it must be neither the owner nor the application role, so that the application
 * role keeps row-level security and the sweep's reach stays out of every request.
 */
public record MaintenanceRole(String name) {

    public static MaintenanceRole of(DataSource maintenance, String ownerRole, String appRole) throws SQLException {
        try (Connection connection = maintenance.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "select rolname, rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
            row.next();
            String name = row.getString(1);
            if (name.equals(ownerRole) || name.equals(appRole)) {
                throw new IllegalStateException("The maintenance datasource uses role " + name
                        + ", which is the owner or the application role; it needs a role of its own (BITGRAPHS_DB_MAINTENANCE_USER)");
            }
            if (row.getBoolean(2)) {
                throw new IllegalStateException("The maintenance role " + name + " is a superuser; give it BYPASSRLS only");
            }
            if (!row.getBoolean(3)) {
                throw new IllegalStateException("The maintenance role " + name
                        + " lacks BYPASSRLS, so the retention sweep could not see uninstalled tenants' rows");
            }
            return new MaintenanceRole(name);
        }
    }
}
