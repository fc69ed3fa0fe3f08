package com.bitgraphs.ingest.batch;

import com.bitgraphs.ingest.boundary.IngestStore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.util.List;
import java.util.UUID;

/** A chunk of diffstats: files and totals written, the commits marked done. */
@Dependent
@Named
public class DiffstatWriter extends RepositoryChunkWriter<IngestStore.CommitDiffstat> {

    @Override
    protected String phase() {
        return "diffstats";
    }

    @Override
    protected Class<IngestStore.CommitDiffstat> itemType() {
        return IngestStore.CommitDiffstat.class;
    }

    @Override
    protected void write(IngestStore store, UUID tenant, long repositoryId, List<IngestStore.CommitDiffstat> diffstats) {
        store.diffstats(tenant, repositoryId, diffstats);
    }
}
