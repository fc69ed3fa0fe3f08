package com.bitgraphs.tenant.boundary;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;
import java.util.UUID;

/**
 * The tenant the current request, timer run or batch chunk works for. Set once by whoever authenticated
 * the work; the persistence layer reads it at the start of every transaction.
 */
@RequestScoped
public class TenantContext {

    private UUID tenantId;

    public Optional<UUID> tenantId() {
        return Optional.ofNullable(tenantId);
    }

    public void enter(UUID tenant) {
        if (tenantId != null && !tenantId.equals(tenant)) {
            // One unit of work serves one tenant; switching would mix two tenants' rows in one transaction
            throw new IllegalStateException("This context already works for another tenant");
        }
        tenantId = tenant;
    }

    /** For batch threads, which run chunk after chunk in one context. */
    public void leave() {
        tenantId = null;
    }
}
