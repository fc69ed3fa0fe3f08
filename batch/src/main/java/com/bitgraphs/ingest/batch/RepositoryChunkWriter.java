package com.bitgraphs.ingest.batch;

import com.bitgraphs.ingest.boundary.IngestStore;
import com.bitgraphs.ingest.boundary.SyncProgress;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/**
 * Writes a chunk of one repository's items in the chunk's transaction, inside the job's tenant, and adds
 * them to the repository's progress for the phase.
 */
public abstract class RepositoryChunkWriter<T> extends AbstractItemWriter {

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

    /** The phase the sync status counts these items under. */
    protected abstract String phase();

    protected abstract Class<T> itemType();

    protected abstract void write(IngestStore store, UUID tenant, long repositoryId, List<T> items);

    @Override
    public void writeItems(List<Object> items) {
        UUID id = UUID.fromString(tenant);
        long repository = Long.parseLong(repositoryId);
        write(store, id, repository, items.stream().map(itemType()::cast).toList());
        progress.advanced(id, repository, phase(), items.size(), null);
    }
}
