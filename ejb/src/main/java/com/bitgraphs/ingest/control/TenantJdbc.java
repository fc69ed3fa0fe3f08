package com.bitgraphs.ingest.control;

import com.bitgraphs.tenant.control.TenantSetting;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Plain JDBC inside a tenant, for batched writes: the connection of the current JTA transaction with the
 * tenant setting applied, so row-level security binds batch work exactly as it binds requests.
 */
public final class TenantJdbc {

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private TenantJdbc() {
    }

    public static <T> T inTenant(DataSource dataSource, UUID tenant, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            TenantSetting.apply(connection, tenant);
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Database work for tenant " + tenant + " failed: " + e.getMessage(), e);
        }
    }
}
