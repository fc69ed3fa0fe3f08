package com.bitgraphs.ingest.batch;

import com.bitgraphs.bitbucket.boundary.BitbucketClients;
import com.bitgraphs.bitbucket.entity.Repository;
import com.bitgraphs.ingest.boundary.IngestStore;
import com.bitgraphs.tenant.boundary.Tenants;
import com.bitgraphs.tenant.entity.Tenant;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The first step: the workspace's repositories, 100 a page. */
@Dependent
@Named
public class RepositoryListing extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String tenant;

    @Inject
    Tenants tenants;

    @Inject
    BitbucketClients clients;

    @Inject
    IngestStore store;

    @Override
    public String process() {
        UUID id = UUID.fromString(tenant);
        Tenant installed = tenants.byId(id).filter(Tenant::installed)
                .orElseThrow(() -> new IllegalStateException("tenant " + tenant + " is not installed"));
        List<Repository> repositories = new ArrayList<>();
        clients.forTenant(installed).forEachPage(api -> api.repositories(installed.workspace().slug(), 100), Repository.class,
                page -> repositories.addAll(page.values()));
        store.repositories(id, repositories);
        return "COMPLETED";
    }
}
