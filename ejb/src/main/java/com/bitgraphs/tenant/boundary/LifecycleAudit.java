package com.bitgraphs.tenant.boundary;

import com.bitgraphs.tenant.entity.LifecycleEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Writes every lifecycle event to the audit table and the log, in a transaction of its own, so that a
 * refused install, whose own transaction rolls back, is still on record. Never given a secret or a token.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LifecycleAudit {

    private static final Logger LOG = Logger.getLogger(LifecycleAudit.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void accepted(String event, String clientKey, UUID tenant, String detail) {
        record(event, LifecycleEvent.Outcome.ACCEPTED, clientKey, tenant, detail);
    }

    public void refused(String event, String clientKey, UUID tenant, String reason) {
        record(event, LifecycleEvent.Outcome.REFUSED, clientKey, tenant, reason);
    }

    private void record(String event, LifecycleEvent.Outcome outcome, String clientKey, UUID tenant, String detail) {
        em.persist(new LifecycleEvent(clock.instant(), event, outcome, clientKey, tenant, detail));
        LOG.info(() -> "lifecycle " + event + " " + outcome.name().toLowerCase(java.util.Locale.ROOT)
                + " clientKey=" + clientKey + " tenant=" + tenant + (detail == null ? "" : " detail=" + detail));
    }
}
