package com.bitgraphs.tenant.boundary;

import com.bitgraphs.tenant.entity.Tenant;
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
        Tenant tenant = em.find(Tenant.class, tenantId);
        if (tenant != null) {
            tenant.connectionBroken(reason, clock.instant());
            audit.refused("bitbucket-call", tenant.clientKey(), tenantId, reason);
        }
    }
}
