package com.bitgraphs.graphs.control;

import com.bitgraphs.graphs.entity.ExportRows.CommitRow;
import com.bitgraphs.graphs.entity.ExportRows.PullRequestRow;
import com.bitgraphs.graphs.entity.ExportRows.Sink;
import com.bitgraphs.graphs.entity.ReportFilter;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;

/**
 * The exports, the one place that reads commit rows one by one: a server-side cursor (fetch size on a
 * connection without autocommit) hands rows to the sink as they come, so a million rows take constant memory.
 */
public final class ExportQueries {

    static final int FETCH_SIZE = 1000;

    private ExportQueries() {
    }

    public static long commits(Connection connection, ReportFilter filter, Set<Long> excluded, Sink<CommitRow> sink)
            throws SQLException, IOException {
        Sql sql = new Sql().add("select c.authored_at, i.display_name, i.email, i.account_uuid, rp.slug, c.hash, c.parent_count > 1,")
                .add("c.counted_added, c.counted_removed from commit c")
                .add("join identity i on i.tenant_id = c.tenant_id and i.id = c.identity_id")
                .add("join repository rp on rp.tenant_id = c.tenant_id and rp.id = c.repository_id")
                .add("where c.authored_at >= ? and c.authored_at < ?", filter.from(), filter.to());
        if (filter.excludeMerges()) {
            sql.add("and c.parent_count < 2");
        }
        CommitScope.restrict(sql, "c.repository_id", filter, excluded).add("order by c.authored_at, rp.slug, c.hash");
        long count = 0;
        try (PreparedStatement statement = sql.prepare(connection)) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sink.accept(new CommitRow(rows.getTimestamp(1).toInstant(), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getBoolean(7), (Integer) rows.getObject(8),
                            (Integer) rows.getObject(9)));
                    count++;
                }
            }
        }
        return count;
    }

    /** Pull requests created in the range, with their reviewers' names. */
    public static long pullRequests(Connection connection, ReportFilter filter, Set<Long> excluded, Sink<PullRequestRow> sink)
            throws SQLException, IOException {
        Sql sql = new Sql().add("select rp.slug, p.id, p.title, p.state, a.display_name, p.created_on, p.updated_on, f.closed_on,")
                .add("p.destination_branch, (select string_agg(ri.display_name, '; ' order by ri.display_name) from pull_request_participant x")
                .add("  join identity ri on ri.tenant_id = x.tenant_id and ri.id = x.identity_id")
                .add("  where x.tenant_id = p.tenant_id and x.repository_id = p.repository_id and x.pull_request_id = p.id and x.role = 'REVIEWER'),")
                .add("f.approvals, extract(epoch from f.first_review_on - f.created_on) / 3600.0,")
                .add("case when f.state = 'MERGED' then extract(epoch from f.closed_on - f.created_on) / 3600.0 end")
                .add("from pull_request p join pull_request_fact f on f.tenant_id = p.tenant_id and f.repository_id = p.repository_id and f.pull_request_id = p.id")
                .add("join repository rp on rp.tenant_id = p.tenant_id and rp.id = p.repository_id")
                .add("left join identity i on i.tenant_id = p.tenant_id and i.id = p.author_identity_id")
                .add("left join identity a on a.tenant_id = p.tenant_id and a.id = " + PeopleScope.PERSON)
                .add("where p.created_on >= ? and p.created_on < ?", filter.from(), filter.to());
        CommitScope.restrict(sql, "p.repository_id", filter, excluded).add("order by p.created_on, rp.slug, p.id");
        long count = 0;
        try (PreparedStatement statement = sql.prepare(connection)) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sink.accept(new PullRequestRow(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), instant(rows.getTimestamp(6)), instant(rows.getTimestamp(7)),
                            instant(rows.getTimestamp(8)), rows.getString(9), rows.getString(10), rows.getLong(11),
                            number(rows.getObject(12)), number(rows.getObject(13))));
                    count++;
                }
            }
        }
        return count;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
