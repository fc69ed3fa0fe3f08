package com.bitgraphs.ingest.batch;

import com.bitgraphs.bitbucket.boundary.BitbucketClients;
import com.bitgraphs.bitbucket.control.BitbucketClient;
import com.bitgraphs.tenant.boundary.Tenants;
import com.bitgraphs.tenant.entity.Tenant;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.UUID;

/** The installed tenant a job works for, with its Bitbucket client: what every reading step starts from. */
@Dependent
public class JobTenant {

    /** An installed tenant and its client. */
    public record Connected(Tenant tenant, BitbucketClient client) {

        public UUID id() {
            return tenant.id();
        }

        public String workspace() {
            return tenant.workspace().slug();
        }
    }

    @Inject
    Tenants tenants;

    @Inject
    BitbucketClients clients;

    /** @throws IllegalStateException when the tenant is gone */
    public Connected connect(String tenantId) {
        Tenant tenant = tenants.byId(UUID.fromString(tenantId))
                .orElseThrow(() -> new IllegalStateException("tenant " + tenantId + " is gone"));
        return new Connected(tenant, clients.forTenant(tenant));
    }
}
