package com.bitgraphs.ingest.boundary;

import com.bitgraphs.ingest.control.TenantJdbc;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Stored deliveries waiting to be processed, and their outcome, each recorded in a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookDeliveries {

    /** Deliveries that failed this often stay FAILED for an operator to look at. */
    public static final int MAX_TRIES = 10;

    public record Pending(long id, String eventKey, String payload) {
    }

    @Resource(lookup = "java:jboss/datasources/Bitgraphs")
    DataSource app;

    @Inject
    Clock clock;

    /** Oldest first, so that deliveries of one repository apply in the order Bitbucket sent them. */
    public List<Pending> pending(UUID tenant, int limit) {
        return TenantJdbc.inTenant(app, tenant, connection -> {
            List<Pending> pending = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select id, event_key, payload::text from webhook_delivery
                    where state in ('RECEIVED', 'FAILED') and tries < ? order by id limit ?""")) {
                select.setInt(1, MAX_TRIES);
                select.setInt(2, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        pending.add(new Pending(rows.getLong(1), rows.getString(2), rows.getString(3)));
                    }
                }
            }
            return pending;
        });
    }

    public void processed(UUID tenant, long id) {
        record(tenant, id, "PROCESSED", null);
    }

    public void failed(UUID tenant, long id, String error) {
        record(tenant, id, "FAILED", error);
    }

    private void record(UUID tenant, long id, String state, String error) {
        TenantJdbc.inTenant(app, tenant, connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update webhook_delivery set state = ?, tries = tries + 1, last_error = ?, processed_at = ? where id = ?""")) {
                update.setString(1, state);
                update.setString(2, error);
                update.setTimestamp(3, Timestamp.from(clock.instant()));
                update.setLong(4, id);
                return update.executeUpdate();
            }
        });
    }
}
