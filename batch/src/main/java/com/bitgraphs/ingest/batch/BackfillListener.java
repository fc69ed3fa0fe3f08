package com.bitgraphs.ingest.batch;

import com.bitgraphs.bitbucket.boundary.BitbucketClients;
import com.bitgraphs.bitbucket.control.CallStatistics;
import com.bitgraphs.ingest.boundary.SyncProgress;
import com.bitgraphs.people.boundary.People;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.UUID;
import java.util.logging.Logger;

/** Records the backfill's start and end in the tenant's sync status, with the API calls it cost. */
@Dependent
@Named
public class BackfillListener implements JobListener {

    private static final Logger LOG = Logger.getLogger(BackfillListener.class.getName());

    @Inject
    @BatchProperty
    String tenant;

    @Inject
    JobContext job;

    @Inject
    SyncProgress progress;

    @Inject
    BitbucketClients clients;

    @Inject
    People people;

    private long callsBefore;
    private long rateLimitedBefore;

    @Override
    public void beforeJob() {
        CallStatistics statistics = clients.statistics(UUID.fromString(tenant));
        callsBefore = statistics.requests();
        rateLimitedBefore = statistics.rateLimited().toMillis();
        progress.started(UUID.fromString(tenant), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        CallStatistics statistics = clients.statistics(UUID.fromString(tenant));
        boolean succeeded = job.getBatchStatus() == BatchStatus.COMPLETED || job.getBatchStatus() == BatchStatus.STARTED;
        String error = succeeded ? null : "backfill ended " + job.getBatchStatus() + " (" + job.getExitStatus() + ")";
        try {
            people.regroup(UUID.fromString(tenant));
        } catch (RuntimeException e) {
            // the sync's outcome matters more; the next sync or rule change regroups
            LOG.warning(() -> "could not regroup the people of tenant " + tenant + ": " + e.getMessage());
        }
        progress.finished(UUID.fromString(tenant), succeeded, error,
                statistics.requests() - callsBefore, statistics.rateLimited().toMillis() - rateLimitedBefore);
    }
}
