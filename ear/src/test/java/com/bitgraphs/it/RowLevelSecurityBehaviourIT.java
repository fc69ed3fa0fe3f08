package com.bitgraphs.it;

import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * As the application role, with tenant A set, no statement reads, changes or creates a row of tenant B,
 * even one that forgets its WHERE clause; with no tenant set, nothing is visible; and a connection used for
 * A and then for B carries nothing of A over.
 */
@ArquillianTest
class RowLevelSecurityBehaviourIT extends DeployedApplication {

    private final UUID tenantA = UUID.randomUUID();
    private final UUID tenantB = UUID.randomUUID();

    @BeforeEach
    void twoTenantsWithRepositories() throws SQLException {
        try (Connection owner = asOwner()) {
            owner.setAutoCommit(false);
            for (UUID tenant : List.of(tenantA, tenantB)) {
                TenantTables.update(owner, """
                        insert into tenant (id, client_key, door, workspace_uuid, workspace_slug, base_api_url, state, installed_at)
                        values (?, ?, 'CONNECT', ?, ?, 'https://api.bitbucket.org', 'INSTALLED', now())""",
                        tenant, "key-" + tenant, "{" + tenant + "}", "ws-" + tenant);
            }
            owner.commit();
            // FORCE ROW LEVEL SECURITY binds the owner too: each tenant's rows are written inside that tenant
            insertRepositories(owner, tenantA, "a-one", "a-two");
            insertRepositories(owner, tenantB, "b-one");
        }
    }

    @Test
    void selectWithoutWhereReturnsOnlyTheCurrentTenantsRows() throws SQLException {
        try (Connection app = asApp()) {
            app.setAutoCommit(false);
            TenantTables.enter(app, tenantA);

            assertThat(TenantTables.strings(app, "select slug from repository order by slug")).containsExactly("a-one", "a-two");
            assertThat(TenantTables.strings(app, "select distinct tenant_id::text from repository")).containsExactly(tenantA.toString());
        }
    }

    @Test
    void updateOfAnotherTenantsRowsTouchesNoRow() throws SQLException {
        try (Connection app = asApp()) {
            app.setAutoCommit(false);
            TenantTables.enter(app, tenantA);

            int updated = TenantTables.update(app, "update repository set name = 'stolen' where tenant_id = ?", tenantB);
            app.commit();

            assertThat(updated).isZero();
        }
        assertThat(slugsAndNamesOf(tenantB)).containsExactly("b-one:b-one");
    }

    @Test
    void deleteOfAnotherTenantsRowsTouchesNoRow() throws SQLException {
        try (Connection app = asApp()) {
            app.setAutoCommit(false);
            TenantTables.enter(app, tenantA);

            int deleted = TenantTables.update(app, "delete from repository where tenant_id = ?", tenantB);
            int deletedWithoutWhere = TenantTables.update(app, "delete from repository where slug like 'b-%'");
            app.commit();

            assertThat(deleted).isZero();
            assertThat(deletedWithoutWhere).isZero();
        }
        assertThat(slugsAndNamesOf(tenantB)).containsExactly("b-one:b-one");
    }

    @Test
    void insertWithAnotherTenantsIdIsRefused() throws SQLException {
        try (Connection app = asApp()) {
            app.setAutoCommit(false);
            TenantTables.enter(app, tenantA);

            assertThatThrownBy(() -> TenantTables.update(app,
                    "insert into repository (tenant_id, uuid, slug, name) values (?, '{planted}', 'planted', 'planted')", tenantB))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
        }
        assertThat(slugsAndNamesOf(tenantB)).containsExactly("b-one:b-one");
    }

    @Test
    void updateCannotMoveARowToAnotherTenant() throws SQLException {
        try (Connection app = asApp()) {
            app.setAutoCommit(false);
            TenantTables.enter(app, tenantA);

            assertThatThrownBy(() -> TenantTables.update(app, "update repository set tenant_id = ? where slug = 'a-one'", tenantB))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
        }
        assertThat(slugsAndNamesOf(tenantA)).containsExactly("a-one:a-one", "a-two:a-two");
    }

    @Test
    void withoutTenantNothingIsVisible() throws SQLException {
        try (Connection app = asApp()) {
            assertThat(TenantTables.strings(app, "select slug from repository")).isEmpty();
            app.setAutoCommit(false);
            TenantTables.strings(app, "select set_config('bitgraphs.tenant', '', true)");
            assertThat(TenantTables.strings(app, "select slug from repository")).isEmpty();
        }
    }

    @Test
    void oneConnectionUsedForAThenBCarriesNothingOver() throws SQLException {
        try (Connection pooled = asApp()) {
            pooled.setAutoCommit(false);
            TenantTables.enter(pooled, tenantA);
            assertThat(TenantTables.strings(pooled, "select slug from repository order by slug")).containsExactly("a-one", "a-two");
            pooled.commit();

            assertThat(TenantTables.strings(pooled, "select slug from repository")).as("next transaction, no tenant").isEmpty();
            pooled.commit();

            TenantTables.enter(pooled, tenantB);
            assertThat(TenantTables.strings(pooled, "select slug from repository")).containsExactly("b-one");
            pooled.rollback();
        }
    }

    @Test
    void applicationRoleCannotSwitchRowLevelSecurityOff() throws SQLException {
        try (Connection app = asApp()) {
            app.setAutoCommit(false);
            assertThatThrownBy(() -> TenantTables.update(app, "alter table repository disable row level security"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("must be owner");
            app.rollback();

            TenantTables.update(app, "set row_security = off");
            assertThatThrownBy(() -> TenantTables.strings(app, "select slug from repository"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
        }
    }

    private static void insertRepositories(Connection owner, UUID tenant, String... slugs) throws SQLException {
        TenantTables.enter(owner, tenant);
        for (String slug : slugs) {
            TenantTables.update(owner, "insert into repository (tenant_id, uuid, slug, name) values (?, ?, ?, ?)",
                    tenant, "{" + slug + "}", slug, slug);
        }
        owner.commit();
    }

    private static List<String> slugsAndNamesOf(UUID tenant) throws SQLException {
        try (Connection owner = asOwner()) {
            owner.setAutoCommit(false);
            TenantTables.enter(owner, tenant);
            return TenantTables.strings(owner, "select slug || ':' || name from repository order by slug");
        }
    }
}
