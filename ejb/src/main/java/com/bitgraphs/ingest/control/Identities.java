package com.bitgraphs.ingest.control;

import com.bitgraphs.bitbucket.entity.Account;
import com.bitgraphs.privacy.control.Tombstones;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Bitbucket accounts as identities, upserted by account uuid in one statement; returns their ids. An account
 * whose person's data was removed is not written: it maps to its pseudonymous identity.
 */
public final class Identities {

    private Identities() {
    }

    public static Map<String, Long> ofAccounts(Connection connection, UUID tenant, Collection<Account> accounts, Tombstones removed)
            throws SQLException {
        // In account order: concurrent chunks (one per repository partition) then lock the rows they share in the
        // same order, instead of deadlocking on each other's half-inserted authors
        Map<String, String> names = new TreeMap<>();
        for (Account account : accounts) {
            if (account != null && account.uuid() != null) {
                names.putIfAbsent(account.uuid(), account.displayName() == null ? account.uuid() : account.displayName());
            }
        }
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> bySubject = new HashMap<>();
        names.keySet().forEach(uuid -> bySubject.put(Tombstones.account(uuid), uuid));
        removed.removed(connection, bySubject.keySet()).forEach((subject, identity) -> {
            ids.put(bySubject.get(subject), identity);
            names.remove(bySubject.get(subject));
        });
        if (names.isEmpty()) {
            return ids;
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into identity (tenant_id, account_uuid, display_name)
                select ?, u, n from unnest(?::text[], ?::text[]) as t(u, n) order by u
                on conflict (tenant_id, account_uuid) where account_uuid is not null
                do update set display_name = excluded.display_name
                returning id, account_uuid""")) {
            upsert.setObject(1, tenant);
            upsert.setArray(2, connection.createArrayOf("text", names.keySet().toArray()));
            upsert.setArray(3, connection.createArrayOf("text", names.values().toArray()));
            try (ResultSet rows = upsert.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(2), rows.getLong(1));
                }
            }
        }
        return ids;
    }
}
