package com.bitgraphs.ingest.batch;

import com.bitgraphs.tenant.boundary.TenantInstalled;
import com.bitgraphs.tenant.boundary.TenantUninstalled;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * A persistent timer per installed tenant (stored in the database, so it survives restarts and fires on one
 * node) that runs an incremental sync every interval, catching what webhooks missed; created on install,
 * cancelled on uninstall.
 */
@Singleton
public class ResyncSchedule {

    private static final Logger LOG = Logger.getLogger(ResyncSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    BackfillJob backfill;

    @Inject
    @ConfigProperty(name = "bitgraphs.resync.interval-minutes", defaultValue = "360")
    long intervalMinutes;

    public void onInstalled(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantInstalled installed) {
        cancel(installed.tenant());
        long interval = Duration.ofMinutes(intervalMinutes).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig(installed.tenant().toString(), true));
    }

    public void onUninstalled(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantUninstalled uninstalled) {
        cancel(uninstalled.tenant());
    }

    @Timeout
    void resync(Timer timer) {
        UUID tenant = UUID.fromString((String) timer.getInfo());
        if (backfill.running(tenant)) {
            LOG.info(() -> "resync of tenant " + tenant + " skipped: a sync is running");
            return;
        }
        backfill.startIncremental(tenant);
    }

    private void cancel(UUID tenant) {
        for (Timer timer : timers.getTimers()) {
            if (tenant.toString().equals(timer.getInfo())) {
                timer.cancel();
            }
        }
    }
}
