package com.bitgraphs.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/** What the database holds about a tenant and its lifecycle, read as the owner for assertions. */
final class Registry {

    record Row(UUID id, String state, String workspaceSlug, String keyId, byte[] sealedSecret, boolean uninstalledAtSet) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Row row && id.equals(row.id) && state.equals(row.state)
                    && workspaceSlug.equals(row.workspaceSlug) && String.valueOf(keyId).equals(String.valueOf(row.keyId))
                    && Arrays.equals(sealedSecret, row.sealedSecret) && uninstalledAtSet == row.uninstalledAtSet;
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }
    }

    private Registry() {
    }

    static Optional<Row> tenant(String clientKey) throws SQLException {
        try (Connection owner = DeployedApplication.asOwner();
             PreparedStatement statement = owner.prepareStatement("""
                     select id, state, workspace_slug, secret_key_id, sealed_secret, uninstalled_at is not null
                     from tenant where client_key = ?""")) {
            statement.setString(1, clientKey);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                        row.getString(4), row.getBytes(5), row.getBoolean(6)));
            }
        }
    }

    /** {@code event:outcome} of the newest audit entry for the client key. */
    static String lastEvent(String clientKey) throws SQLException {
        try (Connection owner = DeployedApplication.asOwner();
             PreparedStatement statement = owner.prepareStatement(
                     "select event || ':' || outcome from lifecycle_event where client_key = ? order by id desc limit 1")) {
            statement.setString(1, clientKey);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : "none";
            }
        }
    }

    static int count(String table) throws SQLException {
        try (Connection owner = DeployedApplication.asOwner();
             PreparedStatement statement = owner.prepareStatement("select count(*) from " + table);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }
}
