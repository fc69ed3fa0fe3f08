package com.bitgraphs.ingest.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import com.bitgraphs.tenant.boundary.TenantInstalled;
import com.bitgraphs.tenant.boundary.TenantUninstalled;

import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Starts a tenant's backfill: when it is installed or registered (once that transaction has committed),
 * or when an operator asks. An EJB of this module, so the job operator finds the job in this module.
 */
@Stateless
public class BackfillJob {

    public static final String NAME = "backfill";
    public static final String TENANT = "tenant";
    /** {@code true}: stop listing commits at the first page already stored (resync). */
    public static final String INCREMENTAL = "incremental";

    private static final Logger LOG = Logger.getLogger(BackfillJob.class.getName());

    /** The last execution this server started per tenant; empty after a restart, as it should be. */
    private static final Map<UUID, Long> STARTED_HERE = new ConcurrentHashMap<>();

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(UUID tenant) {
        return start(tenant, false);
    }

    /** A resync: the same job, listing commits only until it meets stored ones. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long startIncremental(UUID tenant) {
        return start(tenant, true);
    }

    /**
     * Whether a sync of the tenant started by this server is running now. The job repository alone cannot
     * tell: an execution a killed server left behind stays STARTED there forever.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean running(UUID tenant) {
        Long execution = STARTED_HERE.get(tenant);
        if (execution == null) {
            return false;
        }
        BatchStatus status = BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }

    private long start(UUID tenant, boolean incremental) {
        Properties parameters = new Properties();
        parameters.setProperty(TENANT, tenant.toString());
        parameters.setProperty(INCREMENTAL, Boolean.toString(incremental));
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution = operator.start(NAME, parameters);
        STARTED_HERE.put(tenant, execution);
        LOG.info(() -> (incremental ? "resync" : "backfill") + " started for tenant " + tenant + ", execution " + execution);
        return execution;
    }

    public void onInstalled(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantInstalled installed) {
        start(installed.tenant());
    }

    /** An uninstalled workspace's backfill stops; its data stays, and a reinstall starts a new one. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onUninstalled(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantUninstalled uninstalled) {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (!operator.getJobNames().contains(NAME)) {
            return;
        }
        if (running(uninstalled.tenant())) {
            long execution = STARTED_HERE.get(uninstalled.tenant());
            operator.stop(execution);
            LOG.info(() -> "backfill execution " + execution + " stopped: tenant " + uninstalled.tenant() + " uninstalled");
        }
    }
}
