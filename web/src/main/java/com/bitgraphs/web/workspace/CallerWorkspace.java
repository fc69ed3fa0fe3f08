package com.bitgraphs.web.workspace;

import com.bitgraphs.tenant.boundary.TenantContext;
import com.bitgraphs.tenant.boundary.Tenants;
import com.bitgraphs.tenant.entity.Tenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

/**
 * The workspace a read-API path names, provided it is the caller's own: any other slug, existing or not,
 * is the same 404, so a caller learns nothing about other tenants.
 */
@RequestScoped
public class CallerWorkspace {

    @Inject
    TenantContext tenantContext;

    @Inject
    Tenants tenants;

    public Tenant named(String slug) {
        return tenantContext.tenantId().flatMap(tenants::byId)
                .filter(tenant -> tenant.workspace().slug().equals(slug))
                .orElseThrow(() -> new NotFoundException("No workspace " + slug));
    }
}
