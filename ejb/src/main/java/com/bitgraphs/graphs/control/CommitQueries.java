package com.bitgraphs.graphs.control;

import com.bitgraphs.graphs.entity.CommitReports.Contributor;
import com.bitgraphs.graphs.entity.CommitReports.DayContributions;
import com.bitgraphs.graphs.entity.CommitReports.PeriodCommitters;
import com.bitgraphs.graphs.entity.CommitReports.PeriodTotals;
import com.bitgraphs.graphs.entity.CommitReports.PersonCommits;
import com.bitgraphs.graphs.entity.CommitReports.PunchCell;
import com.bitgraphs.graphs.entity.CommitReports.WeekFrequency;
import com.bitgraphs.graphs.entity.Grouping;
import com.bitgraphs.graphs.entity.PersonRef;
import com.bitgraphs.graphs.entity.ReportFilter;
import com.bitgraphs.graphs.entity.Totals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The commit reports, each one grouped query over a rollup; periods without commits are answered as zeros. */
public final class CommitQueries {

    private static final String SUMS = "sum({commits}), sum(r.lines_added), sum(r.lines_removed)";

    private CommitQueries() {
    }

    public static List<PeriodTotals> activity(Connection connection, ReportFilter filter, Grouping grouping, Set<Long> excluded)
            throws SQLException {
        Map<LocalDate, Totals> byPeriod = new HashMap<>();
        Sql sql = CommitScope.within(truncate(grouping) + " as period, " + SUMS, filter, false, excluded).add("group by 1");
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                byPeriod.put(rows.getDate(1).toLocalDate(), totals(rows, 2));
            }
        }
        return series(grouping, filter, byPeriod);
    }

    public static List<Contributor> contributors(Connection connection, ReportFilter filter, Grouping grouping, String sort,
                                                 Set<Long> excluded) throws SQLException {
        Map<Long, Map<LocalDate, Totals>> byPerson = new LinkedHashMap<>();
        Map<Long, Instant[]> firstLast = new HashMap<>();
        Sql sql = CommitScope.within(PeopleScope.PERSON + ", " + truncate(grouping) + ", " + SUMS
                + ", min(r.first_at), max(r.last_at)", filter, false, excluded).add("group by 1, 2");
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long person = rows.getLong(1);
                byPerson.computeIfAbsent(person, p -> new HashMap<>()).put(rows.getDate(2).toLocalDate(), totals(rows, 3));
                Instant first = rows.getTimestamp(6).toInstant();
                Instant last = rows.getTimestamp(7).toInstant();
                firstLast.merge(person, new Instant[]{first, last}, (a, b) -> new Instant[]{
                        a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
            }
        }
        Map<Long, String> names = Names.of(connection, byPerson.keySet());
        List<Contributor> contributors = new ArrayList<>();
        byPerson.forEach((person, periods) -> {
            Totals total = periods.values().stream().reduce(Totals.ZERO, Totals::plus);
            if (total.commits() > 0) {
                contributors.add(new Contributor(new PersonRef(person, names.get(person)), total, firstLast.get(person)[0],
                        firstLast.get(person)[1], series(grouping, filter, periods)));
            }
        });
        Comparator<Contributor> order = switch (sort) {
            case "lines_added" -> Comparator.comparingLong(c -> c.totals().linesAdded());
            case "lines_removed" -> Comparator.comparingLong(c -> c.totals().linesRemoved());
            default -> Comparator.comparingLong(c -> c.totals().commits());
        };
        contributors.sort(order.reversed().thenComparing(c -> c.author().name(), Comparator.nullsLast(Comparator.naturalOrder())));
        return contributors;
    }

    /** Commits per day of the filter's range (narrowed to the person); pull requests come from their facts. */
    public static List<DayContributions> contributions(Connection connection, ReportFilter filter, Set<Long> excluded)
            throws SQLException {
        Map<LocalDate, Long> commits = new HashMap<>();
        Sql sql = CommitScope.within(truncate(Grouping.DAY) + ", sum({commits})", filter, false, excluded).add("group by 1");
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                commits.put(rows.getDate(1).toLocalDate(), rows.getLong(2));
            }
        }
        Map<LocalDate, Long> pullRequests = PullRequestQueries.createdPerDay(connection, filter, excluded);
        List<DayContributions> days = new ArrayList<>();
        for (LocalDate day = filter.since(); !day.isAfter(filter.until()); day = day.plusDays(1)) {
            days.add(new DayContributions(day, commits.getOrDefault(day, 0L), pullRequests.getOrDefault(day, 0L)));
        }
        return days;
    }

    /** Weekly lines, with the running total counted from the repository's first commit. */
    public static List<WeekFrequency> codeFrequency(Connection connection, ReportFilter filter, Set<Long> excluded) throws SQLException {
        long total = 0;
        Sql before = CommitScope.before("coalesce(sum(r.lines_added - r.lines_removed), 0)", filter, excluded);
        try (PreparedStatement statement = before.prepare(connection); ResultSet row = statement.executeQuery()) {
            if (row.next()) {
                total = row.getLong(1);
            }
        }
        List<WeekFrequency> weeks = new ArrayList<>();
        for (PeriodTotals week : activity(connection, filter, Grouping.WEEK, excluded)) {
            total += week.totals().linesAdded() - week.totals().linesRemoved();
            weeks.add(new WeekFrequency(week.period(), week.totals().linesAdded(), week.totals().linesRemoved(), total));
        }
        return weeks;
    }

    /** All 168 cells, Monday 0h first. */
    public static List<PunchCell> punchCard(Connection connection, ReportFilter filter, Set<Long> excluded) throws SQLException {
        long[][] cells = new long[7][24];
        Sql sql = CommitScope.within("extract(isodow from {local})::int, extract(hour from {local})::int, sum({commits})",
                filter, true, excluded).add("group by 1, 2");
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                cells[rows.getInt(1) - 1][rows.getInt(2)] = rows.getLong(3);
            }
        }
        List<PunchCell> punchCard = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                punchCard.add(new PunchCell(day + 1, hour, cells[day][hour]));
            }
        }
        return punchCard;
    }

    public static List<PeriodCommitters> topCommitters(Connection connection, ReportFilter filter, Grouping grouping, int limit,
                                                       Set<Long> excluded) throws SQLException {
        Map<LocalDate, List<long[]>> byPeriod = new HashMap<>();
        Sql sql = CommitScope.within(truncate(grouping) + ", " + PeopleScope.PERSON + ", sum({commits})", filter, false, excluded)
                .add("group by 1, 2");
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                if (rows.getLong(3) > 0) {
                    byPeriod.computeIfAbsent(rows.getDate(1).toLocalDate(), p -> new ArrayList<>())
                            .add(new long[]{rows.getLong(2), rows.getLong(3)});
                }
            }
        }
        Set<Long> people = new java.util.HashSet<>();
        byPeriod.values().forEach(list -> list.forEach(pair -> people.add(pair[0])));
        Map<Long, String> names = Names.of(connection, people);
        List<PeriodCommitters> periods = new ArrayList<>();
        for (LocalDate start : grouping.periods(filter.since(), filter.until())) {
            List<PersonCommits> top = byPeriod.getOrDefault(start, List.of()).stream()
                    .map(pair -> new PersonCommits(new PersonRef(pair[0], names.get(pair[0])), pair[1]))
                    .sorted(Comparator.comparingLong(PersonCommits::commits).reversed().thenComparing(p -> p.author().id()))
                    .limit(limit).toList();
            periods.add(new PeriodCommitters(grouping.label(start), top));
        }
        return periods;
    }

    private static String truncate(Grouping grouping) {
        return "date_trunc('" + grouping.sqlField() + "', {local})::date";
    }

    private static Totals totals(ResultSet rows, int first) throws SQLException {
        return new Totals(rows.getLong(first), rows.getLong(first + 1), rows.getLong(first + 2));
    }

    private static List<PeriodTotals> series(Grouping grouping, ReportFilter filter, Map<LocalDate, Totals> byPeriod) {
        return grouping.periods(filter.since(), filter.until()).stream()
                .map(start -> new PeriodTotals(grouping.label(start), byPeriod.getOrDefault(start, Totals.ZERO))).toList();
    }
}
