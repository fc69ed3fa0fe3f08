package com.bitgraphs.retention.boundary;

import com.bitgraphs.retention.control.RetentionSettings;
import com.bitgraphs.retention.control.TenantPurge;
import com.bitgraphs.retention.entity.PurgeCandidate;
import com.bitgraphs.retention.entity.PurgeReport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The daily retention sweep: a persistent calendar timer (in the database, so it survives restarts) at
 * {@code bitgraphs.retention.sweep-time} UTC purges every tenant uninstalled for longer than the retention
 * period, as the maintenance role. Operators can run it now or ask what it would purge on a given day.
 * Running it twice, or on two nodes at once, purges each tenant once: the second sweep finds nothing due,
 * or skips the rows the first has locked.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class RetentionSweep {

    private static final Logger LOG = Logger.getLogger(RetentionSweep.class.getName());
    private static final String TIMER = "retention-sweep";

    @Resource(lookup = "java:jboss/datasources/BitgraphsMaintenance")
    DataSource maintenance;

    @Resource
    TimerService timers;

    @Inject
    RetentionSettings settings;

    @Inject
    Clock clock;

    /** One timer at the configured time: a changed setting takes effect at the next deployment. */
    @PostConstruct
    void schedule() {
        LocalTime at = settings.sweepTime();
        settings.retention();
        for (Timer timer : timers.getTimers()) {
            if (TIMER.equals(timer.getInfo())) {
                timer.cancel();
            }
        }
        ScheduleExpression daily = new ScheduleExpression().timezone("UTC")
                .hour(at.getHour()).minute(at.getMinute()).second(0);
        timers.createCalendarTimer(daily, new TimerConfig(TIMER, true));
        LOG.info(() -> "Retention sweep scheduled daily at " + at + " UTC, purging tenants uninstalled more than "
                + settings.retention().toDays() + " days before");
    }

    @Timeout
    void onSchedule(Timer timer) {
        sweep();
    }

    /** Purges every tenant due now, in one transaction. */
    public PurgeReport sweep() {
        Instant now = clock.instant();
        try (Connection connection = maintenance.getConnection()) {
            List<PurgeCandidate> due = TenantPurge.lockDue(connection, settings.cutoff(now), settings.retention());
            Map<String, Integer> deleted = TenantPurge.purge(connection, due, now, settings.retention());
            for (PurgeCandidate tenant : due) {
                LOG.info(() -> "Retention: purged tenant " + tenant.tenant() + " (workspace " + tenant.workspaceSlug()
                        + ", uninstalled " + tenant.uninstalledAt() + ", due " + tenant.purgeDue() + ")");
            }
            LOG.info(() -> "Retention sweep at " + now + ": " + due.size() + " tenants purged"
                    + (due.isEmpty() ? "" : ", rows deleted " + deleted));
            return new PurgeReport(now, due, deleted);
        } catch (SQLException e) {
            throw new IllegalStateException("Retention sweep failed: " + e.getMessage(), e);
        }
    }

    /** The tenants the sweep of that day would purge, changing nothing. */
    public List<PurgeCandidate> dueOn(LocalDate date) {
        try (Connection connection = maintenance.getConnection()) {
            return TenantPurge.due(connection, settings.cutoff(settings.sweepOn(date)), settings.retention());
        } catch (SQLException e) {
            throw new IllegalStateException("Retention dry run failed: " + e.getMessage(), e);
        }
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }
}
