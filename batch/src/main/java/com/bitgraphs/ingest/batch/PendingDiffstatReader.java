package com.bitgraphs.ingest.batch;

import com.bitgraphs.ingest.boundary.IngestStore;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

/**
 * The repository's non-merge commits still without lines, newest first. Needs no checkpoint: a committed
 * chunk marks its commits done, so a restart asks the database again and finds only what is left.
 */
@Dependent
@Named
public class PendingDiffstatReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String tenant;

    @Inject
    @BatchProperty
    String repositoryId;

    @Inject
    IngestStore store;

    private final Deque<String> pending = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        pending.addAll(store.pendingDiffstats(UUID.fromString(tenant), Long.parseLong(repositoryId)));
    }

    @Override
    public Object readItem() {
        return pending.pollFirst();
    }
}
