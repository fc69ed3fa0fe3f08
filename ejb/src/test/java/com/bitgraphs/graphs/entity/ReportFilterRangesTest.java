package com.bitgraphs.graphs.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A range of local days is a half-open range of instants; only zones that are UTC all along read the day rollup. */
class ReportFilterRangesTest {

    private static ReportFilter filter(String zone) {
        return new ReportFilter(UUID.randomUUID(), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), ZoneId.of(zone),
                Optional.empty(), Set.of(), false);
    }

    @Test
    void kolkataDaysStartFiveAndAHalfHoursBeforeUtcDays() {
        ReportFilter kolkata = filter("Asia/Kolkata");

        assertThat(kolkata.from()).isEqualTo(Instant.parse("2026-02-28T18:30:00Z"));
        assertThat(kolkata.to()).isEqualTo(Instant.parse("2026-03-31T18:30:00Z"));
        assertThat(kolkata.utcDays()).isFalse();
    }

    @Test
    void kathmanduIsAQuarterHourOffset() {
        assertThat(filter("Asia/Kathmandu").from()).isEqualTo(Instant.parse("2026-02-28T18:15:00Z"));
    }

    @Test
    void utcAndItsAliasesReadTheDayRollupButLondonDoesNot() {
        assertThat(filter("UTC").utcDays()).isTrue();
        assertThat(filter("Etc/UTC").utcDays()).isTrue();
        assertThat(filter("Europe/London").utcDays()).isFalse();
    }
}
