package com.bitgraphs.ingest.boundary;

import com.bitgraphs.ingest.control.TenantJdbc;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How far a tenant's sync has come, per repository, from the rows themselves: commits stored, non-merge
 * commits whose lines are in, and what the job recorded (state, phase, API calls, time waited for rate
 * limits, last error), with an estimate of the time left from the pace so far.
 */
@Stateless
public class SyncStatus {

    /** One repository: commits stored, and lines done of lines to do. */
    public record RepositoryStatus(long id, String slug, long commits, long diffstatsDone, long diffstatsTotal) {
    }

    public record Status(String state, String phase, Instant startedAt, Instant finishedAt, long apiCalls,
                         Duration rateLimited, String lastError, Optional<Duration> estimatedLeft,
                         List<RepositoryStatus> repositories) {
    }

    @Resource(lookup = "java:jboss/datasources/Bitgraphs")
    DataSource app;

    @Inject
    Clock clock;

    public Status of(UUID tenant) {
        return TenantJdbc.inTenant(app, tenant, connection -> {
            List<RepositoryStatus> repositories = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select r.id, r.slug, count(c.hash), count(c.hash) filter (where c.diffstat_state = 'DONE'),
                           count(c.hash) filter (where c.diffstat_state <> 'NONE')
                    from repository r left join commit c on c.repository_id = r.id
                    group by r.id, r.slug order by r.slug""");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    repositories.add(new RepositoryStatus(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)));
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "select state, phase, started_at, finished_at, api_calls, rate_limited_ms, last_error from tenant_sync");
                 ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return new Status("queued", "repositories", null, null, 0, Duration.ZERO, null, Optional.empty(), repositories);
                }
                Instant started = instant(row.getTimestamp(3));
                String state = row.getString(1);
                return new Status(state, row.getString(2), started, instant(row.getTimestamp(4)), row.getLong(5),
                        Duration.ofMillis(row.getLong(6)), row.getString(7),
                        state.equals("running") ? estimate(started, repositories) : Optional.empty(), repositories);
            }
        });
    }

    /** Diffstats dominate a backfill: the time left is the lines still to read at the pace read so far. */
    private Optional<Duration> estimate(Instant started, List<RepositoryStatus> repositories) {
        long done = repositories.stream().mapToLong(RepositoryStatus::diffstatsDone).sum();
        long total = repositories.stream().mapToLong(RepositoryStatus::diffstatsTotal).sum();
        if (started == null || done == 0 || total == 0) {
            return Optional.empty();
        }
        Duration elapsed = Duration.between(started, clock.instant());
        return Optional.of(Duration.ofMillis(elapsed.toMillis() * (total - done) / done));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
