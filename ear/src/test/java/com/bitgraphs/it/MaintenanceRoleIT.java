package com.bitgraphs.it;

import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roles after deployment: only the maintenance role bypasses row-level security, and it may read and
 * delete every tenant table (today's and, through default privileges, tomorrow's) but never write tenant data;
 * the application role still bypasses nothing.
 */
@ArquillianTest
class MaintenanceRoleIT extends DeployedApplication {

    private static final String MAINTENANCE = System.getenv("BITGRAPHS_DB_MAINTENANCE_USER");

    @Test
    void onlyTheMaintenanceRoleBypassesRowLevelSecurity() throws Exception {
        try (Connection owner = asOwner()) {
            assertThat(TenantTables.strings(owner, "select rolbypassrls::text from pg_roles where rolname = ?", appRole()))
                    .containsExactly("false");
            assertThat(TenantTables.strings(owner, "select rolbypassrls::text || rolsuper::text from pg_roles where rolname = ?", MAINTENANCE))
                    .containsExactly("truefalse");
        }
    }

    @Test
    void theMaintenanceRoleMayReadAndDeleteEveryTenantTableButNeverWriteOne() throws Exception {
        try (Connection owner = asOwner()) {
            List<String> tables = TenantTables.all(owner);
            assertThat(tables).contains("repository", "commit", "personal_data_tombstone");
            for (String table : tables) {
                assertThat(TenantTables.strings(owner, """
                        select has_table_privilege(?, ?, 'SELECT')::text || has_table_privilege(?, ?, 'DELETE')::text
                            || has_table_privilege(?, ?, 'INSERT')::text || has_table_privilege(?, ?, 'UPDATE')::text""",
                        MAINTENANCE, table, MAINTENANCE, table, MAINTENANCE, table, MAINTENANCE, table))
                        .as(table).containsExactly("truetruefalsefalse");
            }
            assertThat(TenantTables.strings(owner, "select has_table_privilege(?, 'flyway_schema_history', 'DELETE')::text", MAINTENANCE))
                    .containsExactly("false");
        }
    }
}
