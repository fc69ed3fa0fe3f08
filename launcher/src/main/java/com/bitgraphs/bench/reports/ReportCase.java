package com.bitgraphs.bench.reports;

import java.util.List;

/**
 * One report: its API path and query, the rollup it reads, and a plain SQL query over the raw rows
 * ({@code commit}, {@code pull_request}, {@code pull_request_participant}) that answers the same question.
 * Placeholders in the raw SQL: {@code {from}}, {@code {to}} (the range's instants), {@code {tz}} (zone literal),
 * {@code {user}} (a person id). A case with a {@link Check} also compares the two answers.
 */
record ReportCase(String name, String path, String query, boolean zoned, String reads, String raw, Check check) {

    /** How to read comparable keyed values out of the API's JSON, and which raw columns hold the same. */
    record Check(String arrayPath, List<String> keyFields, List<String> valueFields) {
    }

    private static final String PERSON = "coalesce(i.person_id, i.id)";
    private static final String COMMITS = "commit c join identity i on i.tenant_id = c.tenant_id and i.id = c.identity_id"
            + " where c.authored_at >= {from} and c.authored_at < {to}";
    private static final String LOCAL = "(c.authored_at at time zone {tz})";

    static List<ReportCase> all() {
        return List.of(
                activity("day", "YYYY-MM-DD"),
                activity("week", "YYYY-MM-DD"),
                activity("month", "YYYY-MM"),
                new ReportCase("contributors", "contributors", "groupBy=week", true, "commit_day",
                        "select " + PERSON + ", count(*), coalesce(sum(c.counted_added), 0), coalesce(sum(c.counted_removed), 0),"
                                + " date_trunc('week', " + LOCAL + ")::date, min(c.authored_at), max(c.authored_at) from " + COMMITS
                                + " group by 1, 5",
                        new Check("contributors", List.of("author.id"), List.of("commits", "lines_added", "lines_removed"))),
                new ReportCase("users/{user}/contributions", "users/{user}/contributions", "", true, "commit_day",
                        "select coalesce(c.d, p.d), coalesce(c.n, 0), coalesce(p.n, 0) from"
                                + " (select " + LOCAL + "::date d, count(*) n from " + COMMITS + " and " + PERSON + " = {user} group by 1) c"
                                + " full join (select (p.created_on at time zone {tz})::date d, count(*) n from pull_request p"
                                + " join identity i on i.tenant_id = p.tenant_id and i.id = p.author_identity_id"
                                + " where p.created_on >= {from} and p.created_on < {to} and " + PERSON + " = {user} group by 1) p on p.d = c.d",
                        new Check("days", List.of("date"), List.of("commits", "pull_requests"))),
                new ReportCase("code-frequency", "code-frequency", "", true, "commit_day",
                        "select to_char(w, 'YYYY-MM-DD'), a, r, (select coalesce(sum(counted_added - counted_removed), 0) from commit"
                                + " where authored_at < {from}) + sum(a - r) over (order by w) from (select date_trunc('week', " + LOCAL
                                + ")::date w, coalesce(sum(c.counted_added), 0) a, coalesce(sum(c.counted_removed), 0) r from " + COMMITS
                                + " group by 1) x",
                        new Check("weeks", List.of("week"), List.of("lines_added", "lines_removed", "total_lines"))),
                new ReportCase("punch-card", "punch-card", "", true, "commit_quarter",
                        "select extract(isodow from " + LOCAL + ")::int, extract(hour from " + LOCAL + ")::int, count(*) from "
                                + COMMITS + " group by 1, 2",
                        new Check("cells", List.of("weekday", "hour"), List.of("commits"))),
                new ReportCase("top-committers", "top-committers", "groupBy=month&limit=10", true, "commit_day",
                        "select * from (select m, p, n, row_number() over (partition by m order by n desc, p) k from (select"
                                + " date_trunc('month', " + LOCAL + ")::date m, " + PERSON + " p, count(*) n from " + COMMITS
                                + " group by 1, 2) x) y where k <= 10",
                        null),
                new ReportCase("pull-requests", "pull-requests", "groupBy=week", true, "pull_request_fact",
                        "select to_char(w, 'YYYY-MM-DD'), sum(c), sum(m), sum(d) from ("
                                + " select date_trunc('week', created_on at time zone {tz})::date w, 1 c, 0 m, 0 d from pull_request"
                                + " where created_on >= {from} and created_on < {to}"
                                + " union all select date_trunc('week', updated_on at time zone {tz})::date, 0, (state = 'MERGED')::int,"
                                + " (state = 'DECLINED')::int from pull_request where state in ('MERGED', 'DECLINED')"
                                + " and updated_on >= {from} and updated_on < {to}) x group by 1",
                        new Check("series", List.of("period"), List.of("created", "merged", "declined"))),
                new ReportCase("pull-requests/resolution-time", "pull-requests/resolution-time", "", false, "pull_request_fact",
                        "select state, destination_branch, count(*), percentile_cont(array[0.25, 0.5, 0.75]) within group (order by h)"
                                + " from (select state, destination_branch, extract(epoch from updated_on - created_on) / 3600.0 h"
                                + " from pull_request where state in ('MERGED', 'DECLINED') and updated_on >= {from} and updated_on < {to}) x"
                                + " group by 1, 2",
                        new Check("groups", List.of("state", "destination"), List.of("count"))),
                new ReportCase("pull-requests/cycle-time", "pull-requests/cycle-time", "", false, "pull_request_fact",
                        "select count(*), percentile_cont(0.5) within group (order by r), percentile_cont(0.5) within group (order by a),"
                                + " percentile_cont(0.5) within group (order by m) from (select"
                                + " extract(epoch from (select min(x.participated_on) from pull_request_participant x where x.repository_id = p.repository_id"
                                + " and x.pull_request_id = p.id and x.identity_id is distinct from p.author_identity_id) - p.created_on) / 3600 r,"
                                + " extract(epoch from (select min(x.participated_on) from pull_request_participant x where x.repository_id = p.repository_id"
                                + " and x.pull_request_id = p.id and x.approved) - p.created_on) / 3600 a,"
                                + " case when p.state = 'MERGED' then extract(epoch from p.updated_on - p.created_on) / 3600 end m"
                                + " from pull_request p where p.created_on >= {from} and p.created_on < {to}) y",
                        null),
                new ReportCase("pull-requests/open", "pull-requests/open", "", false, "pull_request_fact",
                        "select r.slug, p.id, p.title, " + PERSON + ", p.created_on from pull_request p"
                                + " join repository r on r.tenant_id = p.tenant_id and r.id = p.repository_id"
                                + " left join identity i on i.tenant_id = p.tenant_id and i.id = p.author_identity_id"
                                + " where p.state = 'OPEN' order by p.created_on, r.slug, p.id",
                        null),
                new ReportCase("reviewers", "reviewers", "", false, "pull_request_fact",
                        "select " + PERSON + ", count(*) filter (where x.approved), count(*) from pull_request_participant x"
                                + " join pull_request p on p.tenant_id = x.tenant_id and p.repository_id = x.repository_id and p.id = x.pull_request_id"
                                + " join identity i on i.tenant_id = x.tenant_id and i.id = x.identity_id"
                                + " where p.created_on >= {from} and p.created_on < {to} group by 1",
                        new Check("reviewers", List.of("reviewer.id"), List.of("approvals", "participations"))));
    }

    private static ReportCase activity(String groupBy, String label) {
        return new ReportCase("activity " + groupBy, "activity", "groupBy=" + groupBy, true, "commit_day",
                "select to_char(date_trunc('" + groupBy + "', " + LOCAL + "), '" + label + "'), count(*),"
                        + " coalesce(sum(c.counted_added), 0), coalesce(sum(c.counted_removed), 0) from " + COMMITS + " group by 1",
                new Check("series", List.of("period"), List.of("commits", "lines_added", "lines_removed")));
    }
}
