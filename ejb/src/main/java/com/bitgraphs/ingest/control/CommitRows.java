package com.bitgraphs.ingest.control;

import com.bitgraphs.bitbucket.entity.Account;
import com.bitgraphs.bitbucket.entity.Commit;
import com.bitgraphs.privacy.control.Tombstones;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes a page of commits in three multi-row statements: the authors' identities, then the commits,
 * idempotent on (repository, hash), so a page written twice (after a restart) changes nothing.
 */
public final class CommitRows {

    private CommitRows() {
    }

    /** @return the number of commits that were new */
    public static int write(Connection connection, UUID tenant, long repositoryId, List<Commit> commits, Tombstones removed)
            throws SQLException {
        if (commits.isEmpty()) {
            return 0;
        }
        Map<Author, Long> identities = identities(connection, tenant, commits, removed);
        int size = commits.size();
        String[] hashes = new String[size];
        Timestamp[] dates = new Timestamp[size];
        Long[] authors = new Long[size];
        Integer[] parents = new Integer[size];
        String[] states = new String[size];
        for (int i = 0; i < size; i++) {
            Commit commit = commits.get(i);
            hashes[i] = commit.hash();
            dates[i] = Timestamp.from(commit.date().toInstant());
            authors[i] = identities.get(Author.of(commit.author()));
            parents[i] = commit.parents().size();
            states[i] = commit.isMerge() ? "NONE" : "PENDING";
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into commit (tenant_id, repository_id, hash, authored_at, identity_id, parent_count, diffstat_state)
                select ?, ?, h, d, a, p, s from unnest(?::text[], ?::timestamptz[], ?::bigint[], ?::int[], ?::text[]) as t(h, d, a, p, s)
                on conflict (tenant_id, repository_id, hash) do nothing""")) {
            insert.setObject(1, tenant);
            insert.setLong(2, repositoryId);
            insert.setArray(3, connection.createArrayOf("text", hashes));
            insert.setArray(4, connection.createArrayOf("timestamptz", dates));
            insert.setArray(5, connection.createArrayOf("bigint", authors));
            insert.setArray(6, connection.createArrayOf("integer", parents));
            insert.setArray(7, connection.createArrayOf("text", states));
            return insert.executeUpdate();
        }
    }

    private static Map<Author, Long> identities(Connection connection, UUID tenant, List<Commit> commits, Tombstones removed)
            throws SQLException {
        Map<Author, Long> ids = new HashMap<>();
        Map<String, Author> byAccount = new LinkedHashMap<>();
        // Sorted, like the accounts in Identities: chunks written at once insert shared authors in one order
        Map<String, Author> byEmail = new TreeMap<>();
        for (Commit commit : commits) {
            Author author = Author.of(commit.author());
            if (author.accountUuid() != null) {
                byAccount.putIfAbsent(author.accountUuid(), author);
            } else {
                byEmail.putIfAbsent(author.email().toLowerCase(Locale.ROOT), author);
            }
        }
        Map<String, Long> accountIds = Identities.ofAccounts(connection, tenant, byAccount.values().stream()
                .map(author -> new Account(author.accountUuid(), null, author.displayName(), null, null)).toList(), removed);
        byAccount.forEach((uuid, author) -> ids.put(author, accountIds.get(uuid)));
        // A removed person's email is never written again; their commits count on the pseudonymous identity
        Map<String, String> bySubject = new HashMap<>();
        byEmail.keySet().forEach(email -> bySubject.put(Tombstones.email(email), email));
        Map<String, Author> stillNamed = new LinkedHashMap<>(byEmail);
        removed.removed(connection, bySubject.keySet()).forEach((subject, identity) -> {
            ids.put(byEmail.get(bySubject.get(subject)), identity);
            stillNamed.remove(bySubject.get(subject));
        });
        if (!stillNamed.isEmpty()) {
            List<Author> authors = new ArrayList<>(stillNamed.values());
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into identity (tenant_id, display_name, email)
                    select ?, n, e from unnest(?::text[], ?::text[]) as t(n, e) order by lower(e)
                    on conflict (tenant_id, lower(email)) where email is not null do nothing""")) {
                insert.setObject(1, tenant);
                insert.setArray(2, array(connection, authors.stream().map(Author::displayName).toList()));
                insert.setArray(3, array(connection, authors.stream().map(Author::email).toList()));
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, lower(email) from identity where tenant_id = ? and lower(email) = any (?::text[])")) {
                select.setObject(1, tenant);
                select.setArray(2, array(connection, new ArrayList<>(stillNamed.keySet())));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.put(byEmail.get(rows.getString(2)), rows.getLong(1));
                    }
                }
            }
        }
        // The same person may appear with and without display-name changes; map every author of the page
        Map<Author, Long> complete = new HashMap<>();
        for (Commit commit : commits) {
            Author author = Author.of(commit.author());
            Author key = author.accountUuid() != null ? byAccount.get(author.accountUuid())
                    : byEmail.get(author.email().toLowerCase(Locale.ROOT));
            complete.put(author, ids.get(key));
        }
        return complete;
    }

    private static Array array(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }
}
