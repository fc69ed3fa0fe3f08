package com.bitgraphs.graphs.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What every report is asked: the tenant, an inclusive range of days in {@code zone}, the repositories (empty:
 * every repository the caller may read), the people (empty: everybody not excluded) and whether merge commits
 * count.
 *
 * @param repositories repository ids; empty Optional means all
 * @param people       person ids; empty set means all
 */
public record ReportFilter(UUID tenant, LocalDate since, LocalDate until, ZoneId zone,
                           Optional<Set<Long>> repositories, Set<Long> people, boolean excludeMerges) {

    public ReportFilter {
        if (since.isAfter(until)) {
            throw new IllegalArgumentException("since is after until");
        }
        people = Set.copyOf(people);
    }

    /** The first instant of {@code since} in the zone. */
    public Instant from() {
        return since.atStartOfDay(zone).toInstant();
    }

    /** The first instant after {@code until} in the zone. */
    public Instant to() {
        return until.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** True when the zone's days are UTC days over the whole range, so the day rollup answers. */
    public boolean utcDays() {
        return zone.getRules().isFixedOffset() && zone.getRules().getOffset(Instant.EPOCH).equals(ZoneOffset.UTC);
    }

    public ReportFilter withRange(LocalDate newSince, LocalDate newUntil) {
        return new ReportFilter(tenant, newSince, newUntil, zone, repositories, people, excludeMerges);
    }
}
