package com.bitgraphs.graphs.boundary;

import com.bitgraphs.graphs.control.FileExclusionRows;
import com.bitgraphs.graphs.control.PeopleScope;
import com.bitgraphs.ingest.control.TenantJdbc;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The workspace settings that shape reports. Replacing a repository's file exclusions recomputes its counted
 * lines and rollups in the same transaction: a report never sees the new patterns half applied.
 */
@Stateless
public class ReportSettings {

    /** A repository's exclusion patterns, in the order given. */
    public record RepositoryExclusions(String slug, List<String> patterns) {
    }

    @Resource(lookup = "java:jboss/datasources/Bitgraphs")
    DataSource app;

    /** Every repository, with its patterns (none: an empty list). */
    public List<RepositoryExclusions> fileExclusions(UUID tenant) {
        return TenantJdbc.inTenant(app, tenant, connection -> {
            List<RepositoryExclusions> all = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select r.slug, e.patterns from repository r
                    left join file_exclusion e on e.tenant_id = r.tenant_id and e.repository_id = r.id order by r.slug""");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    java.sql.Array patterns = rows.getArray(2);
                    all.add(new RepositoryExclusions(rows.getString(1),
                            patterns == null ? List.of() : Arrays.asList((String[]) patterns.getArray())));
                }
            }
            return all;
        });
    }

    public List<String> replaceFileExclusions(UUID tenant, long repositoryId, List<String> patterns) {
        return TenantJdbc.inTenant(app, tenant, connection -> {
            FileExclusionRows.replace(connection, tenant, repositoryId, patterns);
            return FileExclusionRows.patterns(connection, repositoryId);
        });
    }

    public List<String> excludedPeople(UUID tenant) {
        return TenantJdbc.inTenant(app, tenant, PeopleScope::patterns);
    }

    public List<String> replaceExcludedPeople(UUID tenant, List<String> patterns) {
        return TenantJdbc.inTenant(app, tenant, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into excluded_people (tenant_id, patterns) values (?, ?)
                    on conflict (tenant_id) do update set patterns = excluded.patterns""")) {
                upsert.setObject(1, tenant);
                upsert.setArray(2, connection.createArrayOf("text", patterns.toArray()));
                upsert.executeUpdate();
            }
            return PeopleScope.patterns(connection);
        });
    }
}
