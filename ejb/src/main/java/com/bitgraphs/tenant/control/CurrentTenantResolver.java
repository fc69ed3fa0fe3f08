package com.bitgraphs.tenant.control;

import com.bitgraphs.tenant.boundary.TenantContext;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

import java.util.UUID;

/**
 * Hands Hibernate the tenant of the current {@link TenantContext}, the first wall: {@code @TenantId}
 * entities are filtered and stamped with it. Without a context it answers {@link TenantSetting#NO_TENANT},
 * which matches no row.
 */
public class CurrentTenantResolver implements CurrentTenantIdentifierResolver<UUID> {

    @Override
    public UUID resolveCurrentTenantIdentifier() {
        try {
            return CDI.current().select(TenantContext.class).get().tenantId().orElse(TenantSetting.NO_TENANT);
        } catch (ContextNotActiveException e) {
            return TenantSetting.NO_TENANT;
        }
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
