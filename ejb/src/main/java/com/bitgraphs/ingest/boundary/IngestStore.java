package com.bitgraphs.ingest.boundary;

import com.bitgraphs.bitbucket.entity.Commit;
import com.bitgraphs.bitbucket.entity.DiffstatEntry;
import com.bitgraphs.bitbucket.entity.Repository;
import com.bitgraphs.bitbucket.entity.Account;
import com.bitgraphs.bitbucket.entity.PullRequest;
import com.bitgraphs.graphs.control.CommitRollups;
import com.bitgraphs.graphs.control.FileExclusionRows;
import com.bitgraphs.graphs.control.PathExclusions;
import com.bitgraphs.graphs.control.PullRequestFacts;
import com.bitgraphs.ingest.control.CommitRows;
import com.bitgraphs.ingest.control.Identities;
import com.bitgraphs.ingest.control.PullRequestRows;
import com.bitgraphs.ingest.control.DiffstatRows;
import com.bitgraphs.ingest.control.RepositoryRows;
import com.bitgraphs.ingest.control.TenantJdbc;
import com.bitgraphs.privacy.control.Tombstones;
import com.bitgraphs.secret.control.SecretBox;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every database write and read of ingestion, each inside the tenant and inside a transaction (the batch
 * chunk's, or a new one), so row-level security binds batch work too. Every write of commits, lines or pull
 * requests also recomputes the report rollups it touches, in the same transaction.
 */
@Stateless
public class IngestStore {

    /** A repository to sync: its row id and its slug in the workspace. */
    public record RepositoryRef(long id, String slug) {
    }

    /** A commit's diffstat, every page of it. */
    public record CommitDiffstat(String hash, List<DiffstatEntry> files) {
    }

    @Resource(lookup = "java:jboss/datasources/Bitgraphs")
    DataSource app;

    /** Opens the tenant's pseudonym key, when it removed someone's personal data. */
    @Inject
    SecretBox box;

    public Map<String, Long> repositories(UUID tenant, List<Repository> repositories) {
        return TenantJdbc.inTenant(app, tenant, connection -> RepositoryRows.upsert(connection, tenant, repositories));
    }

    public List<RepositoryRef> repositories(UUID tenant) {
        return TenantJdbc.inTenant(app, tenant, connection -> {
            List<RepositoryRef> refs = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select id, slug from repository order by slug");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    refs.add(new RepositoryRef(rows.getLong(1), rows.getString(2)));
                }
            }
            return refs;
        });
    }

    public java.util.Optional<RepositoryRef> repositoryByUuid(UUID tenant, String uuid) {
        return TenantJdbc.inTenant(app, tenant, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select id, slug from repository where uuid = ?")) {
                select.setString(1, uuid);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? java.util.Optional.of(new RepositoryRef(row.getLong(1), row.getString(2)))
                            : java.util.Optional.<RepositoryRef>empty();
                }
            }
        });
    }

    /** Which of these hashes the repository already has. */
    public java.util.Set<String> knownHashes(UUID tenant, long repositoryId, List<String> hashes) {
        return TenantJdbc.inTenant(app, tenant, connection -> {
            java.util.Set<String> known = new java.util.HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select hash from commit where repository_id = ? and hash = any (?::text[])")) {
                select.setLong(1, repositoryId);
                select.setArray(2, connection.createArrayOf("text", hashes.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        known.add(rows.getString(1));
                    }
                }
            }
            return known;
        });
    }

    /** Removes the repository's commits that are no longer reachable, after a forced push or a deleted branch. */
    public int keepOnly(UUID tenant, long repositoryId, java.util.Set<String> reachable) {
        return TenantJdbc.inTenant(app, tenant, connection -> {
            CommitRollups.Touched touched = CommitRollups.touchedExcept(connection, repositoryId, reachable);
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from commit where repository_id = ? and not (hash = any (?::text[]))")) {
                delete.setLong(1, repositoryId);
                delete.setArray(2, connection.createArrayOf("text", reachable.toArray()));
                int deleted = delete.executeUpdate();
                CommitRollups.recompute(connection, tenant, repositoryId, touched);
                return deleted;
            }
        });
    }

    public int commits(UUID tenant, long repositoryId, List<Commit> commits) {
        return TenantJdbc.inTenant(app, tenant, connection -> {
            int written = CommitRows.write(connection, tenant, repositoryId, commits, Tombstones.of(connection, tenant, box));
            CommitRollups.recompute(connection, tenant, repositoryId,
                    CommitRollups.touched(connection, repositoryId, commits.stream().map(Commit::hash).toList()));
            return written;
        });
    }

    /** Non-merge commits still without lines, newest first, so recent months complete first. */
    public List<String> pendingDiffstats(UUID tenant, long repositoryId) {
        return TenantJdbc.inTenant(app, tenant, connection -> {
            List<String> hashes = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select hash from commit where repository_id = ? and diffstat_state = 'PENDING'
                    order by authored_at desc, hash""")) {
                select.setLong(1, repositoryId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        hashes.add(rows.getString(1));
                    }
                }
            }
            return hashes;
        });
    }

    public int pullRequests(UUID tenant, long repositoryId, List<PullRequest> pullRequests) {
        return TenantJdbc.inTenant(app, tenant, connection -> {
            int changed = PullRequestRows.write(connection, tenant, repositoryId, pullRequests, Tombstones.of(connection, tenant, box));
            PullRequestFacts.recompute(connection, repositoryId, pullRequests.stream().map(PullRequest::id).toList());
            return changed;
        });
    }

    public int members(UUID tenant, List<Account> members) {
        return TenantJdbc.inTenant(app, tenant, connection -> Identities.ofAccounts(connection, tenant, members,
                Tombstones.of(connection, tenant, box)).size());
    }

    public void diffstats(UUID tenant, long repositoryId, List<CommitDiffstat> diffstats) {
        if (diffstats.isEmpty()) {
            return;
        }
        TenantJdbc.inTenant(app, tenant, connection -> {
            PathExclusions exclusions = FileExclusionRows.exclusions(connection, repositoryId);
            for (CommitDiffstat diffstat : diffstats) {
                DiffstatRows.write(connection, tenant, repositoryId, diffstat.hash(), diffstat.files(), exclusions);
            }
            CommitRollups.recompute(connection, tenant, repositoryId,
                    CommitRollups.touched(connection, repositoryId, diffstats.stream().map(CommitDiffstat::hash).toList()));
            return null;
        });
    }
}
