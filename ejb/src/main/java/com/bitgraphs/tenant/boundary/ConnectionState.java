package com.bitgraphs.tenant.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.UUID;

/**
 * Records that Bitbucket refused a tenant's credentials, in a transaction of its own so that the record
 * survives the failure of the work that met the refusal.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ConnectionState {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LifecycleAudit audit;

    public void broken(UUID tenantId, String reason) {
        // Only these two columns: a whole-entity write could undo a reinstall committed meanwhile
        int updated = em.createQuery("update Tenant t set t.connectionError = :reason, t.connectionErrorAt = :at where t.id = :id")
                .setParameter("reason", reason)
                .setParameter("at", clock.instant())
                .setParameter("id", tenantId)
                .executeUpdate();
        if (updated == 1) {
            audit.refused("bitbucket-call", null, tenantId, reason);
        }
    }
}
