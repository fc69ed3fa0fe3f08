package com.bitgraphs.graphs.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A report's time buckets in the caller's zone: ISO weeks start on Monday. A period is named by its first day
 * ({@code 2026-01-05}), a month by {@code 2026-01} and a year by {@code 2026}.
 */
public enum Grouping {
    DAY("day"), WEEK("week"), MONTH("month"), YEAR("year");

    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("yyyy-MM");

    private final String sqlField;

    Grouping(String sqlField) {
        this.sqlField = sqlField;
    }

    public static Optional<Grouping> named(String name) {
        for (Grouping grouping : values()) {
            if (grouping.sqlField.equals(name == null ? "" : name.toLowerCase(Locale.ROOT))) {
                return Optional.of(grouping);
            }
        }
        return Optional.empty();
    }

    /** The field of PostgreSQL's {@code date_trunc}, which also starts weeks on Monday. */
    public String sqlField() {
        return sqlField;
    }

    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }

    public String label(LocalDate start) {
        return switch (this) {
            case DAY, WEEK -> start.toString();
            case MONTH -> MONTH_LABEL.format(start);
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    /** The starts of every period that meets the range, in order, so that empty periods are answered too. */
    public List<LocalDate> periods(LocalDate since, LocalDate until) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = start(since); !start.isAfter(until); start = next(start)) {
            starts.add(start);
        }
        return starts;
    }
}
