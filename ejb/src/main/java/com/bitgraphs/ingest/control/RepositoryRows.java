package com.bitgraphs.ingest.control;

import com.bitgraphs.bitbucket.entity.Repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The workspace's repositories, upserted by Bitbucket uuid so that a renamed repository keeps its rows. */
public final class RepositoryRows {

    private RepositoryRows() {
    }

    /** @return repository id by slug */
    public static Map<String, Long> upsert(Connection connection, UUID tenant, List<Repository> repositories) throws SQLException {
        Map<String, Long> ids = new LinkedHashMap<>();
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into repository (tenant_id, uuid, slug, name, full_name, main_branch, is_private)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, uuid) do update
                set slug = excluded.slug, name = excluded.name, full_name = excluded.full_name,
                    main_branch = excluded.main_branch, is_private = excluded.is_private
                returning id""")) {
            for (Repository repository : repositories) {
                upsert.setObject(1, tenant);
                upsert.setString(2, repository.uuid());
                upsert.setString(3, repository.slug());
                upsert.setString(4, repository.name() == null ? repository.slug() : repository.name());
                upsert.setString(5, repository.fullName());
                upsert.setString(6, repository.mainbranch() == null ? null : repository.mainbranch().name());
                upsert.setObject(7, repository.isPrivate());
                try (ResultSet row = upsert.executeQuery()) {
                    row.next();
                    ids.put(repository.slug(), row.getLong(1));
                }
            }
        }
        return ids;
    }
}
