package com.bitgraphs.ingest.batch;

import com.bitgraphs.tenant.boundary.TenantContext;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.ChunkListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.UUID;

/**
 * Enters the job's tenant before each chunk and leaves it after, so a batch thread that runs chunks of
 * several jobs never carries one tenant into another's chunk.
 */
@Dependent
@Named
public class TenantChunkListener implements ChunkListener {

    @Inject
    @BatchProperty(name = "tenant")
    String tenant;

    @Inject
    TenantContext context;

    @Override
    public void beforeChunk() {
        if (tenant == null || tenant.isBlank()) {
            throw new IllegalStateException("A batch step without a tenant parameter would see no rows");
        }
        context.enter(UUID.fromString(tenant));
    }

    @Override
    public void onError(Exception ex) {
        context.leave();
    }

    @Override
    public void afterChunk() {
        context.leave();
    }
}
