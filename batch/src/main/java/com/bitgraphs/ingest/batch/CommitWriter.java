package com.bitgraphs.ingest.batch;

import com.bitgraphs.bitbucket.entity.Commit;
import com.bitgraphs.ingest.boundary.IngestStore;
import com.bitgraphs.ingest.boundary.SyncProgress;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.UUID;

/** A chunk of commits written in the chunk's transaction, idempotent on (repository, hash). */
@Dependent
@Named
public class CommitWriter extends AbstractItemWriter {

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
        List<Commit> commits = items.stream().map(Commit.class::cast).toList();
        store.commits(id, Long.parseLong(repositoryId), commits);
        progress.advanced(id, Long.parseLong(repositoryId), "commits", commits.size(), null);
    }
}
