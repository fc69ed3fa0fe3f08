package com.bitgraphs.ingest.batch;

import com.bitgraphs.bitbucket.entity.PullRequest;
import com.bitgraphs.ingest.boundary.IngestStore;
import com.bitgraphs.ingest.boundary.SyncProgress;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.UUID;

/** A chunk of pull requests with their participants, upserted keeping the newest {@code updated_on}. */
@Dependent
@Named
public class PullRequestWriter extends AbstractItemWriter {

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
        store.pullRequests(id, Long.parseLong(repositoryId), items.stream().map(PullRequest.class::cast).toList());
        progress.advanced(id, Long.parseLong(repositoryId), "pull-requests", items.size(), null);
    }
}
