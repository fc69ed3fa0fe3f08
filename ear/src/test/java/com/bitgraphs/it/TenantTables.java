package com.bitgraphs.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Catalog and data helpers over the tenant-owned tables, found by their {@code tenant_id} column. */
final class TenantTables {

    static final String SETTING = "bitgraphs.tenant";

    private TenantTables() {
    }

    /** Every table of the application schema with a {@code tenant_id} column, whatever migration made it. */
    static List<String> all(Connection connection) throws SQLException {
        return strings(connection, """
                select c.relname from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                where n.nspname = current_schema() and c.relkind in ('r', 'p')
                order by c.relname""");
    }

    static List<String> strings(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    /** Sets the tenant for the connection's current transaction only. */
    static void enter(Connection connection, UUID tenant) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, true)")) {
            statement.setString(1, SETTING);
            statement.setString(2, tenant.toString());
            statement.execute();
        }
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
