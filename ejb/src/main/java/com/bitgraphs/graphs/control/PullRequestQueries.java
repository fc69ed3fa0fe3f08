package com.bitgraphs.graphs.control;

import com.bitgraphs.graphs.entity.Grouping;
import com.bitgraphs.graphs.entity.PersonRef;
import com.bitgraphs.graphs.entity.PullRequestReports.Bin;
import com.bitgraphs.graphs.entity.PullRequestReports.CycleTime;
import com.bitgraphs.graphs.entity.PullRequestReports.OpenPullRequest;
import com.bitgraphs.graphs.entity.PullRequestReports.Phase;
import com.bitgraphs.graphs.entity.PullRequestReports.ResolutionGroup;
import com.bitgraphs.graphs.entity.PullRequestReports.Reviewer;
import com.bitgraphs.graphs.entity.PullRequestReports.Throughput;
import com.bitgraphs.graphs.entity.ReportFilter;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pull-request reports over {@code pull_request_fact} ({@code f}), its author identity ({@code i}, absent
 * for an author Bitbucket no longer names) and, for reviewers, the participants.
 */
public final class PullRequestQueries {

    /** Histogram edges in hours: an hour, a working day, a day, three days, a week, two weeks, a month. */
    static final double[] EDGES = {0, 1, 4, 8, 24, 72, 168, 336, 720};

    private static final String HOURS_TO_MERGE = "extract(epoch from f.closed_on - f.created_on) / 3600.0";

    private PullRequestQueries() {
    }

    public static List<Throughput> throughput(Connection connection, ReportFilter filter, Grouping grouping, Set<Long> excluded)
            throws SQLException {
        Counts created = counts(connection, filter, grouping, "f.created_on", "true", excluded);
        Counts merged = counts(connection, filter, grouping, "f.closed_on", "f.state = 'MERGED'", excluded);
        Counts declined = counts(connection, filter, grouping, "f.closed_on", "f.state = 'DECLINED'", excluded);
        long c = created.before;
        long m = merged.before;
        long d = declined.before;
        List<Throughput> series = new ArrayList<>();
        for (LocalDate start : grouping.periods(filter.since(), filter.until())) {
            long nc = created.per.getOrDefault(start, 0L);
            long nm = merged.per.getOrDefault(start, 0L);
            long nd = declined.per.getOrDefault(start, 0L);
            c += nc;
            m += nm;
            d += nd;
            series.add(new Throughput(grouping.label(start), nc, nm, nd, c, m, d));
        }
        return series;
    }

    /** Pull requests the filter's people created, per local day of the range. */
    static Map<LocalDate, Long> createdPerDay(Connection connection, ReportFilter filter, Set<Long> excluded) throws SQLException {
        return counts(connection, filter, Grouping.DAY, "f.created_on", "true", excluded).per;
    }

    public static List<ResolutionGroup> resolutionTime(Connection connection, ReportFilter filter, Set<Long> excluded)
            throws SQLException {
        StringBuilder bins = new StringBuilder();
        for (int i = 0; i < EDGES.length; i++) {
            bins.append(", count(*) filter (where h >= ").append(EDGES[i])
                    .append(i + 1 < EDGES.length ? " and h < " + EDGES[i + 1] : "").append(")");
        }
        Sql sql = new Sql().add("select state, destination_branch, count(*),"
                + " percentile_cont(array[0.25, 0.5, 0.75]) within group (order by h)" + bins + " from (")
                .add("select f.state, f.destination_branch, " + HOURS_TO_MERGE + " as h from pull_request_fact f")
                .add("left join identity i on i.tenant_id = f.tenant_id and i.id = f.author_identity_id")
                .add("where f.state in ('MERGED', 'DECLINED') and f.closed_on >= ? and f.closed_on < ?", filter.from(), filter.to());
        CommitScope.restrict(sql, "f.repository_id", filter, excluded)
                .add(") x group by state, destination_branch order by state, destination_branch nulls last");
        List<ResolutionGroup> groups = new ArrayList<>();
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Double[] quartiles = doubles(rows.getArray(4));
                List<Bin> histogram = new ArrayList<>();
                for (int i = 0; i < EDGES.length; i++) {
                    histogram.add(new Bin(EDGES[i], i + 1 < EDGES.length ? EDGES[i + 1] : null, rows.getLong(5 + i)));
                }
                groups.add(new ResolutionGroup(rows.getString(1), rows.getString(2), rows.getLong(3),
                        quartiles[1], quartiles[0], quartiles[2], histogram));
            }
        }
        return groups;
    }

    /** Over the pull requests created in the range. */
    public static CycleTime cycleTime(Connection connection, ReportFilter filter, Set<Long> excluded) throws SQLException {
        String review = "extract(epoch from f.first_review_on - f.created_on) / 3600.0";
        String approval = "extract(epoch from f.first_approval_on - f.created_on) / 3600.0";
        String merge = "case when f.state = 'MERGED' then " + HOURS_TO_MERGE + " end";
        Sql sql = from("count(*), " + phase(review) + ", " + phase(approval) + ", " + phase(merge), filter, excluded)
                .add("and f.created_on >= ? and f.created_on < ?", filter.from(), filter.to());
        try (PreparedStatement statement = sql.prepare(connection); ResultSet row = statement.executeQuery()) {
            row.next();
            return new CycleTime(row.getLong(1), null, phase(row, 2), phase(row, 4), phase(row, 6));
        }
    }

    /** Open now, whenever created; oldest first. */
    public static List<OpenPullRequest> open(Connection connection, ReportFilter filter, Instant now, Set<Long> excluded)
            throws SQLException {
        Sql sql = new Sql().add("select rp.slug, f.pull_request_id, p.title, " + PeopleScope.PERSON + ", f.created_on")
                .add("from pull_request_fact f join pull_request p on p.tenant_id = f.tenant_id and p.repository_id = f.repository_id and p.id = f.pull_request_id")
                .add("join repository rp on rp.tenant_id = f.tenant_id and rp.id = f.repository_id")
                .add("left join identity i on i.tenant_id = f.tenant_id and i.id = f.author_identity_id where f.state = 'OPEN'");
        CommitScope.restrict(sql, "f.repository_id", filter, excluded).add("order by f.created_on, rp.slug, f.pull_request_id");
        List<Object[]> found = new ArrayList<>();
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.add(new Object[]{rows.getString(1), rows.getLong(2), rows.getString(3),
                        rows.getObject(4) == null ? null : rows.getLong(4), rows.getTimestamp(5).toInstant()});
            }
        }
        Map<Long, String> names = Names.of(connection, found.stream().map(r -> (Long) r[3]).filter(java.util.Objects::nonNull).toList());
        return found.stream().map(r -> new OpenPullRequest((String) r[0], (Long) r[1], (String) r[2],
                r[3] == null ? null : new PersonRef((Long) r[3], names.get((Long) r[3])), (Instant) r[4],
                Math.max(0, Duration.between((Instant) r[4], now).toDays()))).toList();
    }

    /** Per reviewer (a participant), over pull requests created in the range; {@code author} narrows the reviewers. */
    public static List<Reviewer> reviewers(Connection connection, ReportFilter filter, Set<Long> excluded) throws SQLException {
        Sql sql = new Sql().add("select " + PeopleScope.PERSON + ", count(*) filter (where x.approved), count(*)")
                .add("from pull_request_participant x join pull_request_fact f on f.tenant_id = x.tenant_id and f.repository_id = x.repository_id and f.pull_request_id = x.pull_request_id")
                .add("join identity i on i.tenant_id = x.tenant_id and i.id = x.identity_id")
                .add("where f.created_on >= ? and f.created_on < ?", filter.from(), filter.to());
        CommitScope.restrict(sql, "f.repository_id", filter, excluded).add("group by 1 order by 2 desc, 3 desc, 1");
        List<long[]> found = new ArrayList<>();
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.add(new long[]{rows.getLong(1), rows.getLong(2), rows.getLong(3)});
            }
        }
        Map<Long, String> names = Names.of(connection, found.stream().map(r -> r[0]).toList());
        return found.stream().map(r -> new Reviewer(new PersonRef(r[0], names.get(r[0])), r[1], r[2])).toList();
    }

    private record Counts(Map<LocalDate, Long> per, long before) {
    }

    private static Counts counts(Connection connection, ReportFilter filter, Grouping grouping, String time, String condition,
                                 Set<Long> excluded) throws SQLException {
        String local = "(" + time + " at time zone " + CommitScope.zoneLiteral(filter) + ")";
        Sql sql = new Sql().add("select case when " + time + " < ? then null else date_trunc('" + grouping.sqlField() + "', "
                        + local + ")::date end, count(*) from pull_request_fact f", filter.from())
                .add("left join identity i on i.tenant_id = f.tenant_id and i.id = f.author_identity_id")
                .add("where " + condition + " and " + time + " < ?", filter.to());
        CommitScope.restrict(sql, "f.repository_id", filter, excluded).add("group by 1");
        Map<LocalDate, Long> per = new HashMap<>();
        long before = 0;
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                if (rows.getDate(1) == null) {
                    before = rows.getLong(2);
                } else {
                    per.put(rows.getDate(1).toLocalDate(), rows.getLong(2));
                }
            }
        }
        return new Counts(per, before);
    }

    private static Sql from(String select, ReportFilter filter, Set<Long> excluded) {
        Sql sql = new Sql().add("select " + select + " from pull_request_fact f")
                .add("left join identity i on i.tenant_id = f.tenant_id and i.id = f.author_identity_id where true");
        return CommitScope.restrict(sql, "f.repository_id", filter, excluded);
    }

    private static String phase(String hours) {
        return "percentile_cont(0.5) within group (order by " + hours + "), avg(" + hours + ")";
    }

    private static Phase phase(ResultSet row, int column) throws SQLException {
        Object median = row.getObject(column);
        return median == null ? null : new Phase(((Number) median).doubleValue(), ((Number) row.getObject(column + 1)).doubleValue());
    }

    private static Double[] doubles(Array array) throws SQLException {
        if (array == null) {
            return new Double[3];
        }
        Object[] values = (Object[]) array.getArray();
        Double[] result = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i] == null ? null : ((Number) values[i]).doubleValue();
        }
        return result;
    }
}
