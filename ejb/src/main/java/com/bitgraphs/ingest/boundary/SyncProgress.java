package com.bitgraphs.ingest.boundary;

import com.bitgraphs.ingest.control.TenantJdbc;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

/**
 * Where a tenant's backfill stands, written in transactions of their own so that progress and failures
 * are visible while the job runs and stay recorded when it fails.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SyncProgress {

    @Resource(lookup = "java:jboss/datasources/Bitgraphs")
    DataSource app;

    @Inject
    Clock clock;

    public void started(UUID tenant, long executionId) {
        TenantJdbc.inTenant(app, tenant, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into tenant_sync (tenant_id, job_execution_id, state, phase, started_at)
                    values (?, ?, 'running', 'repositories', ?)
                    on conflict (tenant_id) do update set job_execution_id = excluded.job_execution_id, state = 'running',
                        phase = 'repositories', started_at = excluded.started_at, finished_at = null, last_error = null""")) {
                upsert.setObject(1, tenant);
                upsert.setLong(2, executionId);
                upsert.setTimestamp(3, Timestamp.from(clock.instant()));
                return upsert.executeUpdate();
            }
        });
    }

    public void phase(UUID tenant, String phase) {
        update(tenant, "update tenant_sync set phase = ? where tenant_id = ?", phase);
    }

    public void finished(UUID tenant, boolean succeeded, String error, long apiCalls, long rateLimitedMillis) {
        TenantJdbc.inTenant(app, tenant, connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update tenant_sync set state = ?, finished_at = ?, last_error = ?, api_calls = ?, rate_limited_ms = ?
                    where tenant_id = ?""")) {
                update.setString(1, succeeded ? "done" : "failed");
                update.setTimestamp(2, Timestamp.from(clock.instant()));
                update.setString(3, error);
                update.setLong(4, apiCalls);
                update.setLong(5, rateLimitedMillis);
                update.setObject(6, tenant);
                return update.executeUpdate();
            }
        });
    }

    /** Adds to a repository's count for a phase, creating its row on first use. */
    public void advanced(UUID tenant, long repositoryId, String phase, int items, Integer total) {
        TenantJdbc.inTenant(app, tenant, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into repository_sync (tenant_id, repository_id, phase, state, done, total, updated_at)
                    values (?, ?, ?, 'running', ?, ?, ?)
                    on conflict (tenant_id, repository_id, phase) do update
                    set done = repository_sync.done + excluded.done, total = coalesce(excluded.total, repository_sync.total),
                        state = 'running', updated_at = excluded.updated_at""")) {
                upsert.setObject(1, tenant);
                upsert.setLong(2, repositoryId);
                upsert.setString(3, phase);
                upsert.setInt(4, items);
                upsert.setObject(5, total);
                upsert.setTimestamp(6, Timestamp.from(clock.instant()));
                return upsert.executeUpdate();
            }
        });
    }

    public void repositoryPhaseDone(UUID tenant, long repositoryId, String phase) {
        TenantJdbc.inTenant(app, tenant, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into repository_sync (tenant_id, repository_id, phase, state, done, total, updated_at)
                    values (?, ?, ?, 'done', 0, null, ?)
                    on conflict (tenant_id, repository_id, phase) do update set state = 'done', updated_at = excluded.updated_at""")) {
                upsert.setObject(1, tenant);
                upsert.setLong(2, repositoryId);
                upsert.setString(3, phase);
                upsert.setTimestamp(4, Timestamp.from(clock.instant()));
                return upsert.executeUpdate();
            }
        });
    }

    private void update(UUID tenant, String sql, String value) {
        TenantJdbc.inTenant(app, tenant, connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setString(1, value);
                update.setObject(2, tenant);
                return update.executeUpdate();
            }
        });
    }
}
