package com.bitgraphs.ingest.batch;

import com.bitgraphs.bitbucket.boundary.BitbucketClients;
import com.bitgraphs.bitbucket.control.BitbucketApi;
import com.bitgraphs.bitbucket.control.BitbucketClient;
import com.bitgraphs.bitbucket.entity.DiffstatEntry;
import com.bitgraphs.ingest.boundary.IngestStore;
import com.bitgraphs.tenant.boundary.Tenants;
import com.bitgraphs.tenant.entity.Tenant;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One diffstat call per commit (more only for commits of over 500 files), every page read. */
@Dependent
@Named
public class DiffstatFetcher implements ItemProcessor {

    @Inject
    @BatchProperty
    String tenant;

    @Inject
    @BatchProperty
    String repositorySlug;

    @Inject
    Tenants tenants;

    @Inject
    BitbucketClients clients;

    private BitbucketClient client;
    private String workspace;

    @Override
    public Object processItem(Object item) {
        if (client == null) {
            Tenant installed = tenants.byId(UUID.fromString(tenant)).orElseThrow();
            client = clients.forTenant(installed);
            workspace = installed.workspace().slug();
        }
        String hash = (String) item;
        List<DiffstatEntry> files = new ArrayList<>();
        client.forEachPage(api -> api.diffstat(workspace, repositorySlug, hash, BitbucketApi.MAX_DIFFSTAT_PAGE),
                DiffstatEntry.class, page -> files.addAll(page.values()));
        return new IngestStore.CommitDiffstat(hash, files);
    }
}
