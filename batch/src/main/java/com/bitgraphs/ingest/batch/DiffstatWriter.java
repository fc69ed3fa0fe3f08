package com.bitgraphs.ingest.batch;

import com.bitgraphs.ingest.boundary.IngestStore;
import com.bitgraphs.ingest.boundary.SyncProgress;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.UUID;

/** A chunk of diffstats: files and totals written, the commits marked done, in the chunk's transaction. */
@Dependent
@Named
public class DiffstatWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String tenant;

    @Inject
    @BatchProperty
    String repositoryId;

    @Inject
    IngestStore store;

    @Inject
    SyncProgress progress;

    @Override
    public void writeItems(List<Object> items) {
        UUID id = UUID.fromString(tenant);
        store.diffstats(id, Long.parseLong(repositoryId), items.stream().map(IngestStore.CommitDiffstat.class::cast).toList());
        progress.advanced(id, Long.parseLong(repositoryId), "diffstats", items.size(), null);
    }
}
