package com.bitgraphs.ingest.batch;

import com.bitgraphs.ingest.boundary.SyncProgress;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.UUID;

/** Names the step the backfill is in, for the sync status. */
@Dependent
@Named
public class PhaseListener implements StepListener {

    @Inject
    @BatchProperty
    String tenant;

    @Inject
    StepContext step;

    @Inject
    SyncProgress progress;

    @Override
    public void beforeStep() {
        progress.phase(UUID.fromString(tenant), step.getStepName());
    }

    @Override
    public void afterStep() {
        // The next step names itself
    }
}
