package com.bitgraphs.ingest.batch;

import com.bitgraphs.bitbucket.control.BitbucketApi;
import com.bitgraphs.bitbucket.entity.DiffstatEntry;
import com.bitgraphs.ingest.boundary.IngestStore;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

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
    JobTenant jobTenant;

    private JobTenant.Connected connected;

    @Override
    public Object processItem(Object item) {
        if (connected == null) {
            connected = jobTenant.connect(tenant);
        }
        String hash = (String) item;
        String workspace = connected.workspace();
        List<DiffstatEntry> files = new ArrayList<>();
        connected.client().forEachPage(api -> api.diffstat(workspace, repositorySlug, hash, BitbucketApi.MAX_DIFFSTAT_PAGE),
                DiffstatEntry.class, page -> files.addAll(page.values()));
        return new IngestStore.CommitDiffstat(hash, files);
    }
}
