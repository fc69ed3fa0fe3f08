package com.bitgraphs.ingest.batch;

import com.bitgraphs.ingest.boundary.SyncStatus;
import com.bitgraphs.tenant.boundary.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import java.util.UUID;
import java.util.logging.Logger;

/**
 * After a restart, resumes every sync the previous run left unfinished. Writes are idempotent and the lines
 * still to read are marked in the database, so a new execution ends with exactly the rows a finished one
 * would have: it lists the commit pages again (one call per 100 commits) and reads only the missing lines.
 * Started a few seconds after deployment, once the job operator serves this deployment.
 */
@Singleton
@Startup
@DependsOn("bitgraphs-ejb.jar#SchemaMigration")
public class BackfillRecovery {

    private static final Logger LOG = Logger.getLogger(BackfillRecovery.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Tenants tenants;

    @Inject
    SyncStatus syncStatus;

    @Inject
    BackfillJob backfill;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(5_000, new TimerConfig("backfill-recovery", false));
    }

    @Timeout
    void resume() {
        for (UUID tenant : tenants.installedIds()) {
            String state = syncStatus.of(tenant).state();
            if (state.equals("running") && !backfill.running(tenant)) {
                LOG.info(() -> "resuming the unfinished sync of tenant " + tenant);
                backfill.start(tenant);
            }
        }
    }
}
