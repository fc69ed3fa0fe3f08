package com.bitgraphs.tenant.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The PostgreSQL setting that row-level security policies compare {@code tenant_id} with. Set
 * transaction-local, so a pooled connection never carries one tenant into the next transaction;
 * outside a transaction it lasts one statement, so forgotten setup sees nothing rather than too much.
 */
public final class TenantSetting {

    public static final String NAME = "bitgraphs.tenant";

    /** Matches no tenant: the policies turn the empty string into NULL. */
    public static final UUID NO_TENANT = new UUID(0, 0);

    private TenantSetting() {
    }

    public static void apply(Connection connection, UUID tenant) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, true)")) {
            statement.setString(1, NAME);
            statement.setString(2, tenant == null || NO_TENANT.equals(tenant) ? "" : tenant.toString());
            statement.execute();
        }
    }
}
