package com.bitgraphs.bench.reports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Fills one tenant with a synthetic workspace in a few set-based statements (generate_series), as the owner
 * inside the tenant, so row-level security checks every row written. Skewed like real workspaces: repository and
 * person are drawn from power laws (a few very active), commits come in sessions of about four on weekdays in
 * working hours, about one in ten is a merge. The rollups are then built with the same SQL as the V10 migration's
 * backfill of {@code commit_day}, {@code commit_quarter} and {@code pull_request_fact}, which equals what
 * {@code CommitRollups} and {@code PullRequestFacts} keep during ingestion.
 */
final class WorkspaceGenerator {

    private final Connection owner;
    private final UUID tenant;

    WorkspaceGenerator(Connection owner, UUID tenant) {
        this.owner = owner;
        this.tenant = tenant;
    }

    /** The shape: sessions of 1..7 commits (about four), so {@code sessions * 4} commits in all. */
    record Shape(int repositories, int people, int years, int sessions, int pullRequests) {
        static final Shape DEFAULT = new Shape(200, 2000, 5, 250_000, 100_000);
    }

    void generate(Shape shape) throws SQLException {
        owner.setAutoCommit(false);
        try (Statement sql = owner.createStatement()) {
            sql.execute("select set_config('bitgraphs.tenant', '" + tenant + "', true)");
            sql.execute("select setseed(0.42)");
            timed(sql, "repositories", """
                    insert into repository (tenant_id, id, uuid, slug, name, full_name, main_branch, is_private)
                    select '%s', n, '{' || md5('repo' || n) || '}', 'repo-' || lpad(n::text, 3, '0'),
                           'Repository ' || n, 'bench/repo-' || lpad(n::text, 3, '0'), 'main', true
                    from generate_series(1, %d) n""".formatted(tenant, shape.repositories()));
            // Even ids are Bitbucket users, odd ones authors known only by name and email
            timed(sql, "identities", """
                    insert into identity (tenant_id, id, account_uuid, display_name, email)
                    select '%s', n, case when n %% 2 = 0 then '{' || md5('person' || n) || '}' end,
                           'Person ' || n, case when n %% 2 = 1 then 'person' || n || '@example.com' end
                    from generate_series(1, %d) n""".formatted(tenant, shape.people()));
            sql.execute("select setval(pg_get_serial_sequence('repository', 'id'), " + shape.repositories() + ")");
            sql.execute("select setval(pg_get_serial_sequence('identity', 'id'), " + shape.people() + ")");
            // Every random() sits in a select list, evaluated per row: an uncorrelated LATERAL would be run once
            timed(sql, "commits", """
                    insert into commit (tenant_id, repository_id, hash, authored_at, identity_id, parent_count,
                                        diffstat_state, lines_added, lines_removed, counted_added, counted_removed)
                    select '%1$s', repo, md5(n || '-' || c) || substr(md5(c || '-' || n), 1, 8), start + (c - 1) * gap,
                           person, parents, case when parents > 1 then 'NONE' else 'DONE' end,
                           added, removed, added, removed
                    from (
                        select s.*, c, interval '1 minute' * (5 + floor(random() * 40)) as gap, parents,
                               case when parents > 1 then null else floor(power(random(), 3) * 400)::int end as added,
                               case when parents > 1 then null else floor(power(random(), 3) * 200)::int end as removed
                        from (
                            select n, repo, person, size,
                                   (case when extract(isodow from raw) > 5 and weekend < 0.8
                                         then raw - (extract(isodow from raw)::int - 5) else raw end)::timestamp at time zone 'UTC'
                                   + hour * interval '1 hour' + minute * interval '1 minute' as start
                            from (
                                select n, 1 + floor(%2$d * power(random(), 2.5))::int as repo,
                                       1 + floor(%3$d * power(random(), 3))::int as person,
                                       1 + floor(random() * 7)::int as size,
                                       current_date - 1 - floor(random() * 365.25 * %5$d)::int as raw, random() as weekend,
                                       case when random() < 0.85 then 9 + floor(random() * 9) else floor(random() * 24) end as hour,
                                       floor(random() * 60) as minute
                                from generate_series(1, %4$d) n
                            ) a
                        ) s
                        cross join lateral generate_series(1, s.size) c
                        cross join lateral (select case when random() < 0.1 + 0 * c then 2 else 1 end::smallint as parents) m
                    ) x""".formatted(tenant, shape.repositories(), shape.people(), shape.sessions(), shape.years()));
            timed(sql, "pull requests", """
                    insert into pull_request (tenant_id, repository_id, id, title, state, author_identity_id, created_on,
                                              updated_on, source_branch, destination_branch, comment_count, task_count)
                    select '%1$s', repo, n, 'Change ' || n, state, author, created,
                           case when state = 'OPEN' then created + interval '1 hour' else created + lasted end,
                           'feature/' || n, case when develop then 'develop' else 'main' end, 0, 0
                    from (
                        select *, case when created > now() - interval '30 days' and r1 < 0.4 then 'OPEN'
                                       when r1 < 0.01 then 'OPEN' when r2 < 0.85 then 'MERGED' else 'DECLINED' end as state
                        from (
                            select n, 1 + floor(%2$d * power(random(), 2.5))::int as repo,
                                   1 + floor(%3$d * power(random(), 3))::int as author,
                                   now() - random() * interval '1 day' * 365.25 * %5$d as created,
                                   interval '1 hour' * (0.2 + power(random(), 3) * 700) as lasted,
                                   random() as r1, random() as r2, random() < 0.15 as develop
                            from generate_series(1, %4$d) n
                        ) a
                    ) p""".formatted(tenant, shape.repositories(), shape.people(), shape.pullRequests(), shape.years()));
            // One to three reviewers, never the author; the first reviews within hours, most approve
            timed(sql, "participants", """
                    insert into pull_request_participant (tenant_id, repository_id, pull_request_id, identity_id, role,
                                                          approved, state, participated_on)
                    select tenant_id, repository_id, id, reviewer, 'REVIEWER', approved, case when approved then 'approved' end,
                           participated_on
                    from (
                        select p.tenant_id, p.repository_id, p.id, ((p.author_identity_id + k * 37) %% %d) + 1 as reviewer,
                               random() < 0.7 as approved,
                               p.created_on + interval '1 minute' * floor(power(random(), 2) * 3000 * k) as participated_on
                        from pull_request p
                        cross join lateral generate_series(1, 1 + (p.id %% 3)::int) k
                    ) x""".formatted(shape.people()));
            rollups(sql);
            owner.commit();
        } catch (SQLException e) {
            owner.rollback();
            throw e;
        }
        try (Statement sql = owner.createStatement()) {
            owner.setAutoCommit(true);
            // As autovacuum would have by the time anyone looks: statistics and visibility maps
            timed(sql, "vacuum analyze", "vacuum analyze repository, identity, commit, commit_day, commit_quarter,"
                    + " pull_request, pull_request_participant, pull_request_fact");
        }
    }

    private void rollups(Statement sql) throws SQLException {
        timed(sql, "commit_day", """
                insert into commit_day
                select tenant_id, repository_id, identity_id, (authored_at at time zone 'UTC')::date, count(*),
                       count(*) filter (where parent_count > 1), coalesce(sum(counted_added), 0), coalesce(sum(counted_removed), 0),
                       min(authored_at), max(authored_at)
                from commit group by 1, 2, 3, 4""");
        timed(sql, "commit_quarter", """
                insert into commit_quarter
                select tenant_id, repository_id, identity_id, to_timestamp(floor(extract(epoch from authored_at) / 900) * 900),
                       count(*), count(*) filter (where parent_count > 1), coalesce(sum(counted_added), 0),
                       coalesce(sum(counted_removed), 0), min(authored_at), max(authored_at)
                from commit group by 1, 2, 3, 4""");
        timed(sql, "pull_request_fact", """
                insert into pull_request_fact
                select p.tenant_id, p.repository_id, p.id, p.author_identity_id, p.state, p.destination_branch, p.created_on,
                       case when p.state in ('MERGED', 'DECLINED', 'SUPERSEDED') then p.updated_on end,
                       min(x.participated_on) filter (where x.identity_id is distinct from p.author_identity_id),
                       min(x.participated_on) filter (where x.approved),
                       count(x.identity_id) filter (where x.role = 'REVIEWER'), count(x.identity_id) filter (where x.approved)
                from pull_request p
                left join pull_request_participant x on x.tenant_id = p.tenant_id and x.repository_id = p.repository_id
                     and x.pull_request_id = p.id
                group by p.tenant_id, p.repository_id, p.id""");
    }

    private static void timed(Statement sql, String what, String statement) throws SQLException {
        long start = System.nanoTime();
        sql.execute(statement);
        System.out.printf("  %-18s %,d rows in %.1f s%n", what, sql.getUpdateCount(), (System.nanoTime() - start) / 1e9);
    }
}
