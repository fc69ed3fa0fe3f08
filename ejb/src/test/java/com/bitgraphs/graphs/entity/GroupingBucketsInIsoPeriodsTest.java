package com.bitgraphs.graphs.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Periods start on Monday (ISO weeks), the first of the month or year, and every period of a range is listed. */
class GroupingBucketsInIsoPeriodsTest {

    @Test
    void weeksStartOnMondayAcrossAYearBoundary() {
        assertThat(Grouping.WEEK.start(LocalDate.parse("2026-01-01"))).isEqualTo("2025-12-29");
        assertThat(Grouping.WEEK.start(LocalDate.parse("2026-01-04"))).isEqualTo("2025-12-29");
        assertThat(Grouping.WEEK.start(LocalDate.parse("2026-01-05"))).isEqualTo("2026-01-05");
    }

    @Test
    void everyPeriodMeetingTheRangeIsListedWithItsLabel() {
        assertThat(Grouping.MONTH.periods(LocalDate.parse("2025-11-15"), LocalDate.parse("2026-02-01")))
                .extracting(Grouping.MONTH::label).containsExactly("2025-11", "2025-12", "2026-01", "2026-02");
        assertThat(Grouping.WEEK.periods(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-12")))
                .extracting(Grouping.WEEK::label).containsExactly("2025-12-29", "2026-01-05", "2026-01-12");
        assertThat(Grouping.DAY.periods(LocalDate.parse("2024-02-28"), LocalDate.parse("2024-03-01"))).hasSize(3);
        assertThat(Grouping.YEAR.periods(LocalDate.parse("2024-02-28"), LocalDate.parse("2026-03-01")))
                .extracting(Grouping.YEAR::label).containsExactly("2024", "2025", "2026");
    }

    @Test
    void namesAreCaseInsensitiveAndUnknownOnesAreEmpty() {
        assertThat(Grouping.named("Week")).contains(Grouping.WEEK);
        assertThat(Grouping.named("fortnight")).isEmpty();
        assertThat(Grouping.named(null)).isEmpty();
    }
}
