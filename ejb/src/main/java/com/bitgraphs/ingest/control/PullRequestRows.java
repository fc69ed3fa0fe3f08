package com.bitgraphs.ingest.control;

import com.bitgraphs.bitbucket.entity.Account;
import com.bitgraphs.bitbucket.entity.PullRequest;
import com.bitgraphs.privacy.control.Tombstones;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Upserts pull requests on (repository, id), keeping the newest {@code updated_on}: an older delivery
 * arriving late changes nothing. Participants are replaced with the pull request.
 */
public final class PullRequestRows {

    private PullRequestRows() {
    }

    /** @return how many pull requests were new or newer than what was stored */
    public static int write(Connection connection, UUID tenant, long repositoryId, List<PullRequest> pullRequests, Tombstones removed)
            throws SQLException {
        List<Account> accounts = new ArrayList<>();
        for (PullRequest pr : pullRequests) {
            accounts.add(pr.author());
            accounts.add(pr.closedBy());
            pr.participants().forEach(participant -> accounts.add(participant.user()));
            accounts.addAll(pr.reviewers());
        }
        Map<String, Long> identities = Identities.ofAccounts(connection, tenant, accounts, removed);
        int changed = 0;
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into pull_request (tenant_id, repository_id, id, title, state, author_identity_id, created_on, updated_on,
                                          source_branch, destination_branch, merge_commit, closed_by_identity_id, comment_count, task_count)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, repository_id, id) do update
                set title = excluded.title, state = excluded.state, author_identity_id = excluded.author_identity_id,
                    created_on = excluded.created_on, updated_on = excluded.updated_on, source_branch = excluded.source_branch,
                    destination_branch = excluded.destination_branch, merge_commit = excluded.merge_commit,
                    closed_by_identity_id = excluded.closed_by_identity_id, comment_count = excluded.comment_count,
                    task_count = excluded.task_count
                where pull_request.updated_on <= excluded.updated_on""");
             PreparedStatement clear = connection.prepareStatement(
                     "delete from pull_request_participant where repository_id = ? and pull_request_id = ?");
             PreparedStatement participant = connection.prepareStatement("""
                     insert into pull_request_participant (tenant_id, repository_id, pull_request_id, identity_id, role, approved, state, participated_on)
                     values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")) {
            for (PullRequest pr : pullRequests) {
                upsert.setObject(1, tenant);
                upsert.setLong(2, repositoryId);
                upsert.setLong(3, pr.id());
                upsert.setString(4, pr.title() == null ? "" : pr.title());
                upsert.setString(5, pr.state());
                setId(upsert, 6, identities, pr.author());
                upsert.setTimestamp(7, timestamp(pr.createdOn()));
                upsert.setTimestamp(8, timestamp(pr.updatedOn() != null ? pr.updatedOn() : pr.createdOn()));
                upsert.setString(9, pr.source() == null || pr.source().branch() == null ? null : pr.source().branch().name());
                upsert.setString(10, pr.destination() == null || pr.destination().branch() == null ? null : pr.destination().branch().name());
                upsert.setString(11, pr.mergeCommit() == null ? null : pr.mergeCommit().hash());
                setId(upsert, 12, identities, pr.closedBy());
                upsert.setObject(13, pr.commentCount(), Types.INTEGER);
                upsert.setObject(14, pr.taskCount(), Types.INTEGER);
                if (upsert.executeUpdate() == 0) {
                    continue;
                }
                changed++;
                clear.setLong(1, repositoryId);
                clear.setLong(2, pr.id());
                clear.executeUpdate();
                for (PullRequest.Participant p : pr.participants()) {
                    Long identity = p.user() == null ? null : identities.get(p.user().uuid());
                    if (identity == null) {
                        continue;
                    }
                    participant.setObject(1, tenant);
                    participant.setLong(2, repositoryId);
                    participant.setLong(3, pr.id());
                    participant.setLong(4, identity);
                    participant.setString(5, p.role() == null ? "PARTICIPANT" : p.role());
                    participant.setBoolean(6, p.approved());
                    participant.setString(7, p.state());
                    participant.setTimestamp(8, timestamp(p.participatedOn()));
                    participant.addBatch();
                }
                participant.executeBatch();
            }
        }
        return changed;
    }

    private static void setId(PreparedStatement statement, int index, Map<String, Long> identities, Account account) throws SQLException {
        Long id = account == null ? null : identities.get(account.uuid());
        statement.setObject(index, id, Types.BIGINT);
    }

    private static Timestamp timestamp(OffsetDateTime time) {
        return time == null ? null : Timestamp.from(time.toInstant());
    }
}
