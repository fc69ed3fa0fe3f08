package com.bitgraphs.graphs.control;

import com.bitgraphs.graphs.entity.ReportFilter;

import java.util.Set;

/**
 * The rollup rows a commit report reads, chosen for the caller's zone: the UTC-day rollup when the zone's days
 * are UTC days and no hour is asked, else the quarter-hour rollup, whose slots any zone's local days and hours
 * are unions of. Placeholders in the select list: {@code {local}} the bucket's local time, {@code {commits}}
 * the commits counted (without merges when asked).
 */
final class CommitScope {

    private CommitScope() {
    }

    /** Rows inside the filter's range. */
    static Sql within(String select, ReportFilter filter, boolean hours, Set<Long> excluded) {
        return scoped(select, filter, hours, excluded, false);
    }

    /** Rows before the filter's range, for running totals. */
    static Sql before(String select, ReportFilter filter, Set<Long> excluded) {
        return scoped(select, filter, false, excluded, true);
    }

    private static Sql scoped(String select, ReportFilter filter, boolean hours, Set<Long> excluded, boolean before) {
        boolean days = filter.utcDays() && !hours;
        String local = days ? "r.day::timestamp" : "(r.slot at time zone " + zoneLiteral(filter) + ")";
        String commits = filter.excludeMerges() ? "(r.commits - r.merges)" : "r.commits";
        // The identity is joined only when a person is asked for or filtered on: a workspace-wide total (activity,
        // code frequency, punch card) then reads the rollup alone, a third less work on a year of a big workspace
        boolean people = select.contains(PeopleScope.PERSON) || !filter.people().isEmpty() || !excluded.isEmpty();
        Sql sql = new Sql().add("select " + select.replace("{local}", local).replace("{commits}", commits))
                .add("from " + (days ? "commit_day" : "commit_quarter") + " r"
                        + (people ? " join identity i on i.tenant_id = r.tenant_id and i.id = r.identity_id" : ""));
        if (days) {
            sql = before ? sql.add("where r.day < ?", filter.since()) : sql.add("where r.day >= ? and r.day <= ?", filter.since(), filter.until());
        } else {
            sql = before ? sql.add("where r.slot < ?", filter.from()) : sql.add("where r.slot >= ? and r.slot < ?", filter.from(), filter.to());
        }
        return restrict(sql, "r.repository_id", filter, excluded);
    }

    /** Narrows to the filter's repositories and people and drops excluded people; {@code i} is the identity. */
    static Sql restrict(Sql sql, String repositoryColumn, ReportFilter filter, Set<Long> excluded) {
        if (filter.repositories().isPresent()) {
            sql.add("and " + repositoryColumn + " = any (?::bigint[])", Sql.ids(filter.repositories().get()));
        }
        if (!filter.people().isEmpty()) {
            sql.add("and " + PeopleScope.PERSON + " = any (?::bigint[])", Sql.ids(filter.people()));
        }
        if (!excluded.isEmpty()) {
            // A pull request without a known author stays: only a matching person vanishes
            sql.add("and coalesce(not (" + PeopleScope.PERSON + " = any (?::bigint[])), true)", Sql.ids(excluded));
        }
        return sql;
    }

    /** The zone as a SQL literal: a validated {@code ZoneId}'s id has no quote, but a literal must never trust that. */
    static String zoneLiteral(ReportFilter filter) {
        return "'" + filter.zone().getId().replace("'", "''") + "'";
    }
}
