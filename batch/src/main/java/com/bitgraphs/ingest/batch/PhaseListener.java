package com.bitgraphs.ingest.batch;

import com.bitgraphs.ingest.boundary.SyncProgress;
import com.bitgraphs.people.boundary.People;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.UUID;

/** Names the step the backfill is in, for the sync status, and places new authors once the commits are in. */
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

    @Inject
    People people;

    @Override
    public void beforeStep() {
        progress.phase(UUID.fromString(tenant), step.getStepName());
        if ("diffstats".equals(step.getStepName())) {
            // every commit author is known now: place the new ones in their people before the graphs fill
            people.regroup(UUID.fromString(tenant));
        }
    }

    @Override
    public void afterStep() {
        // The next step names itself
    }
}
