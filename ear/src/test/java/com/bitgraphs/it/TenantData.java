package com.bitgraphs.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** Tenant-owned rows written and read as the owner inside the tenant, as row-level security demands. */
final class TenantData {

    private TenantData() {
    }

    static void addRepository(UUID tenant, String slug) throws SQLException {
        try (Connection owner = DeployedApplication.asOwner()) {
            owner.setAutoCommit(false);
            TenantTables.enter(owner, tenant);
            TenantTables.update(owner, "insert into repository (tenant_id, uuid, slug, name) values (?, ?, ?, ?)",
                    tenant, "{" + slug + "}", slug, slug);
            owner.commit();
        }
    }

    static List<String> repositories(UUID tenant) throws SQLException {
        try (Connection owner = DeployedApplication.asOwner()) {
            owner.setAutoCommit(false);
            TenantTables.enter(owner, tenant);
            return TenantTables.strings(owner, "select slug from repository order by slug");
        }
    }
}
