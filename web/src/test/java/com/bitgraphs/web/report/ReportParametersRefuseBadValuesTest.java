package com.bitgraphs.web.report;

import com.bitgraphs.graphs.entity.Grouping;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every bad report parameter is a 400 whose detail starts with the parameter's name; good ones parse. */
class ReportParametersRefuseBadValuesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T20:00:00Z"), ZoneOffset.UTC);

    private static MultivaluedMap<String, String> query(String... pairs) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.add(pairs[i], pairs[i + 1]);
        }
        return query;
    }

    private static void refused(String parameter, String... pairs) {
        assertThatThrownBy(() -> ReportParameters.parse(query(pairs), CLOCK))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith(parameter + ":");
    }

    @Test
    void theDefaultIsTheLast365DaysEndingTodayInTheZone() {
        ReportParameters utc = ReportParameters.parse(query(), CLOCK);
        ReportParameters kolkata = ReportParameters.parse(query("tz", "Asia/Kolkata"), CLOCK);

        assertThat(utc.until()).isEqualTo("2026-11-29");
        assertThat(utc.since()).isEqualTo("2025-11-30");
        assertThat(kolkata.until()).isEqualTo("2026-11-30");
        assertThat(utc.excludeMerges()).isFalse();
        assertThat(utc.csv()).isFalse();
    }

    @Test
    void goodValuesParse() {
        ReportParameters parameters = ReportParameters.parse(query("since", "2024-01-01", "until", "2024-12-31", "tz", "Asia/Kathmandu",
                "repository", "a", "repository", "b", "author", "7", "excludeMerges", "TRUE", "format", "csv"), CLOCK);

        assertThat(parameters.since()).isEqualTo(LocalDate.parse("2024-01-01"));
        assertThat(parameters.repositories()).containsExactly("a", "b");
        assertThat(parameters.authors()).containsExactly(7L);
        assertThat(parameters.excludeMerges()).isTrue();
        assertThat(parameters.csv()).isTrue();
    }

    @Test
    void badDatesZonesAndRangesNameTheirParameter() {
        refused("since", "since", "2024-13-01");
        refused("until", "until", "yesterday");
        refused("since", "since", "2025-01-02", "until", "2025-01-01");
        refused("since", "since", "1900-01-01", "until", "2025-01-01");
        refused("tz", "tz", "Mars/Olympus");
        refused("tz", "tz", "+05:30");
        refused("author", "author", "ada");
        refused("author", "author", "0");
        refused("excludeMerges", "excludeMerges", "maybe");
        refused("format", "format", "xml");
        refused("repository", "repository", "");
        refused("tz", "tz", "UTC", "tz", "Asia/Kolkata");
    }

    @Test
    void groupingsSortsAndLimitsAreChecked() {
        assertThat(ReportParameters.grouping(query(), Grouping.WEEK, EnumSet.allOf(Grouping.class))).isEqualTo(Grouping.WEEK);
        assertThat(ReportParameters.grouping(query("groupBy", "month"), Grouping.WEEK, EnumSet.allOf(Grouping.class))).isEqualTo(Grouping.MONTH);
        assertThatThrownBy(() -> ReportParameters.grouping(query("groupBy", "year"), Grouping.WEEK, EnumSet.of(Grouping.DAY)))
                .hasMessageStartingWith("groupBy:");
        assertThatThrownBy(() -> ReportParameters.choice(query("sort", "name"), "sort", "commits", List.of("commits")))
                .hasMessageStartingWith("sort:");
        assertThatThrownBy(() -> ReportParameters.integer(query("limit", "0"), "limit", 10, 1, 100)).hasMessageStartingWith("limit:");
        assertThat(ReportParameters.integer(query("limit", "25"), "limit", 10, 1, 100)).isEqualTo(25);
    }
}
