package com.bitgraphs.ingest.batch;

import com.bitgraphs.bitbucket.entity.Repository;
import com.bitgraphs.ingest.boundary.IngestStore;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/** The first step: the workspace's repositories, 100 a page. */
@Dependent
@Named
public class RepositoryListing extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String tenant;

    @Inject
    JobTenant jobTenant;

    @Inject
    IngestStore store;

    @Override
    public String process() {
        JobTenant.Connected connected = jobTenant.connect(tenant);
        if (!connected.tenant().installed()) {
            throw new IllegalStateException("tenant " + tenant + " is not installed");
        }
        List<Repository> repositories = new ArrayList<>();
        connected.client().forEachPage(api -> api.repositories(connected.workspace(), 100), Repository.class,
                page -> repositories.addAll(page.values()));
        store.repositories(connected.id(), repositories);
        return "COMPLETED";
    }
}
