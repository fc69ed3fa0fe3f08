package com.bitgraphs.tenant.boundary;

import com.bitgraphs.privacy.control.PseudonymKey;
import com.bitgraphs.secret.control.SealedSecret;
import com.bitgraphs.secret.control.SecretBox;
import com.bitgraphs.secret.control.SecretOwner;
import com.bitgraphs.secret.control.SecretUnreadableException;
import com.bitgraphs.tenant.entity.Tenant;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.logging.Logger;

/**
 * Key rotation: reseals every sealed value of every tenant (credential, webhook secret, pseudonym key) under
 * the active key, in one transaction with the tenant rows locked, so an install running meanwhile either
 * comes first or sees the resealed row. Values already under the active key are left alone: running it again
 * is a no-op, and an interrupted rotation is finished by the next run.
 */
@Stateless
public class SecretRotation {

    /** A sealed value's two columns on the tenant row, and whose it is. */
    private record SealedColumn(String keyIdColumn, String valueColumn, BiFunction<UUID, Tenant.Door, SecretOwner> owner) {
    }

    /** Every sealed value of the schema; a new one must be listed here (the rotation test checks every *_key_id column). */
    private static final List<SealedColumn> COLUMNS = List.of(
            new SealedColumn("secret_key_id", "sealed_secret", TenantSecrets::owner),
            new SealedColumn("webhook_secret_key_id", "sealed_webhook_secret", (tenant, door) -> TenantSecrets.webhookOwner(tenant)),
            new SealedColumn("pseudonym_key_id", "sealed_pseudonym_key", (tenant, door) -> PseudonymKey.owner(tenant)));

    private static final Logger LOG = Logger.getLogger(SecretRotation.class.getName());

    /**
     * How many values the rotation resealed, how many were already under the active key, and how many it could
     * not open (sealed under a key no longer configured, or damaged): those stay as they were, and are logged.
     */
    public record Outcome(String activeKey, int resealed, int alreadyActive, int unreadable) {
    }

    @Resource(lookup = "java:jboss/datasources/Bitgraphs")
    DataSource app;

    @Inject
    SecretBox box;

    public Outcome rotate() {
        int resealed = 0;
        int already = 0;
        int unreadable = 0;
        try (Connection connection = app.getConnection()) {
            for (SealedColumn column : COLUMNS) {
                try (PreparedStatement select = connection.prepareStatement("select id, door, " + column.keyIdColumn() + ", "
                        + column.valueColumn() + " from tenant where " + column.keyIdColumn() + " is not null order by id for update");
                     ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        UUID tenant = rows.getObject(1, UUID.class);
                        SealedSecret sealed = new SealedSecret(rows.getString(3), rows.getBytes(4));
                        if (box.isSealedWithActiveKey(sealed)) {
                            already++;
                            continue;
                        }
                        SecretOwner owner = column.owner().apply(tenant, Tenant.Door.valueOf(rows.getString(2)));
                        try {
                            write(connection, column, tenant, box.reseal(sealed, owner));
                            resealed++;
                        } catch (SecretUnreadableException e) {
                            unreadable++;
                            LOG.warning(() -> "Key rotation: " + column.valueColumn() + " of tenant " + tenant
                                    + " does not open and stays as it is: " + e.getMessage());
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Key rotation failed: " + e.getMessage(), e);
        }
        Outcome outcome = new Outcome(box.activeKeyId(), resealed, already, unreadable);
        LOG.info(() -> "Secrets resealed under key " + outcome.activeKey() + ": " + outcome.resealed()
                + " values resealed, " + outcome.alreadyActive() + " already under it, " + outcome.unreadable() + " unreadable");
        return outcome;
    }

    private static void write(Connection connection, SealedColumn column, UUID tenant, SealedSecret resealed) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update tenant set " + column.keyIdColumn() + " = ?, "
                + column.valueColumn() + " = ? where id = ?")) {
            update.setString(1, resealed.keyId());
            update.setBytes(2, resealed.nonceAndCiphertext());
            update.setObject(3, tenant);
            update.executeUpdate();
        }
    }
}
