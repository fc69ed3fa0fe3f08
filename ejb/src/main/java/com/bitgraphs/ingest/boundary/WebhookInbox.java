package com.bitgraphs.ingest.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.inject.Inject;

/**
 * Stores a verified delivery as received, inside the tenant the caller entered, before it is answered:
 * processing happens afterwards and retries from here, so a delivery is never lost. A redelivery
 * (same {@code X-Request-UUID}) stores nothing.
 */
@Stateless
public class WebhookInbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** @return whether the delivery was new */
    public boolean store(UUID tenant, Delivery delivery) {
        int inserted = em.createNativeQuery("""
                        insert into webhook_delivery (tenant_id, request_uuid, event_key, hook_uuid, attempt, received_at, payload)
                        values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb))
                        on conflict (tenant_id, request_uuid) do nothing""")
                .setParameter(1, tenant)
                .setParameter(2, delivery.requestUuid())
                .setParameter(3, delivery.eventKey())
                .setParameter(4, delivery.hookUuid())
                .setParameter(5, delivery.attempt())
                .setParameter(6, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(7, delivery.payload())
                .executeUpdate();
        return inserted == 1;
    }

    /**
     * A delivery as Bitbucket sent it.
     *
     * @param payload the JSON body, Connect-wrapped ({@code {"event", "data"}}) or not
     */
    public record Delivery(String requestUuid, String eventKey, String hookUuid, int attempt, String payload) {
    }
}
