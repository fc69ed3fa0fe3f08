package com.bitgraphs.graphs.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Keeps {@code pull_request_fact} equal to what the pull request and participant rows say: written pull
 * requests are computed again, whole, so a delivery seen twice or late changes nothing. Closed is the last
 * update of a merged, declined or superseded pull request (Bitbucket names no other close time); the first
 * review is the first participation by someone other than the author, the first approval the first approving
 * participation.
 */
public final class PullRequestFacts {

    private static final String FACTS = """
            insert into pull_request_fact (tenant_id, repository_id, pull_request_id, author_identity_id, state, destination_branch,
                                           created_on, closed_on, first_review_on, first_approval_on, reviewers, approvals)
            select p.tenant_id, p.repository_id, p.id, p.author_identity_id, p.state, p.destination_branch, p.created_on,
                   case when p.state in ('MERGED', 'DECLINED', 'SUPERSEDED') then p.updated_on end,
                   min(x.participated_on) filter (where x.identity_id is distinct from p.author_identity_id),
                   min(x.participated_on) filter (where x.approved),
                   count(x.identity_id) filter (where x.role = 'REVIEWER'),
                   count(x.identity_id) filter (where x.approved)
            from pull_request p
            left join pull_request_participant x on x.tenant_id = p.tenant_id and x.repository_id = p.repository_id
                                                and x.pull_request_id = p.id
            where p.repository_id = ? and p.id = any (?::bigint[])
            group by p.tenant_id, p.repository_id, p.id
            on conflict (tenant_id, repository_id, pull_request_id) do update
            set author_identity_id = excluded.author_identity_id, state = excluded.state,
                destination_branch = excluded.destination_branch, created_on = excluded.created_on,
                closed_on = excluded.closed_on, first_review_on = excluded.first_review_on,
                first_approval_on = excluded.first_approval_on, reviewers = excluded.reviewers, approvals = excluded.approvals""";

    private PullRequestFacts() {
    }

    public static void recompute(Connection connection, long repositoryId, Collection<Long> pullRequestIds) throws SQLException {
        if (pullRequestIds.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(FACTS)) {
            upsert.setLong(1, repositoryId);
            upsert.setArray(2, connection.createArrayOf("bigint", pullRequestIds.toArray()));
            upsert.executeUpdate();
        }
    }
}
