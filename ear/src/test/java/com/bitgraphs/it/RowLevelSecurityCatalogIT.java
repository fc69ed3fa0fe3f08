package com.bitgraphs.it;

import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema the deployed application migrated keeps every tenant table behind row-level security, and
 * the application role cannot get around it. Runs over whatever tables exist, so a migration that adds a
 * tenant table without its policy fails the build.
 */
@ArquillianTest
class RowLevelSecurityCatalogIT extends DeployedApplication {

    @Test
    void tenantTablesAreFound() throws Exception {
        try (Connection owner = asOwner()) {
            assertThat(TenantTables.all(owner)).contains("repository");
        }
    }

    @Test
    void everyTenantTableHasRowLevelSecurityEnabledAndForced() throws Exception {
        try (Connection owner = asOwner()) {
            List<String> unprotected = TenantTables.strings(owner, """
                    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = current_schema() and c.relname = any (?)
                      and not (c.relrowsecurity and c.relforcerowsecurity)""",
                    owner.createArrayOf("text", TenantTables.all(owner).toArray()));

            assertThat(unprotected).as("tenant tables without ENABLE and FORCE ROW LEVEL SECURITY").isEmpty();
        }
    }

    @Test
    void everyTenantTableHasAPolicyOnTheTransactionLocalTenantSetting() throws Exception {
        try (Connection owner = asOwner()) {
            List<String> withoutPolicy = new ArrayList<>();
            for (String table : TenantTables.all(owner)) {
                if (!hasTenantPolicy(owner, table)) {
                    withoutPolicy.add(table);
                }
            }

            assertThat(withoutPolicy).as("tenant tables without a tenant_isolation policy for all commands").isEmpty();
        }
    }

    /** A view runs as its owner unless it is a security invoker, and the owner's reads would skip the caller's tenant. */
    @Test
    void everyViewReadsAsItsCallerSoRowLevelSecurityApplies() throws Exception {
        try (Connection owner = asOwner()) {
            List<String> views = TenantTables.strings(owner, """
                    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = current_schema() and c.relkind in ('v', 'm')""");
            List<String> ownerViews = TenantTables.strings(owner, """
                    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = current_schema() and c.relkind in ('v', 'm')
                      and not coalesce(c.reloptions @> array['security_invoker=true'], false)""");

            assertThat(views).as("views of the schema").contains("person");
            assertThat(ownerViews).as("views or materialized views that read with their owner's rights").isEmpty();
        }
    }

    @Test
    void everyIndexOfATenantTableLeadsWithTenantId() throws Exception {
        try (Connection owner = asOwner()) {
            List<String> badIndexes = TenantTables.strings(owner, """
                    select i.indexrelid::regclass::text from pg_index i
                    join pg_class t on t.oid = i.indrelid
                    join pg_namespace n on n.oid = t.relnamespace
                    left join pg_attribute a on a.attrelid = t.oid and a.attnum = i.indkey[0]
                    where n.nspname = current_schema() and t.relname = any (?)
                      and coalesce(a.attname, '') <> 'tenant_id'""",
                    owner.createArrayOf("text", TenantTables.all(owner).toArray()));

            assertThat(badIndexes).as("indexes of tenant tables whose first column is not tenant_id").isEmpty();
        }
    }

    @Test
    void applicationRoleIsNeitherSuperuserNorBypassesRowLevelSecurity() throws Exception {
        try (Connection owner = asOwner()) {
            List<String> attributes = TenantTables.strings(owner, """
                    select concat_ws(',', case when rolsuper then 'superuser' end,
                                          case when rolbypassrls then 'bypassrls' end,
                                          case when rolcreaterole then 'createrole' end)
                    from pg_roles where rolname = ?""", appRole());

            assertThat(attributes).containsExactly("");
        }
    }

    @Test
    void applicationRoleOwnsNothingAndIsNoMemberOfTheOwner() throws Exception {
        try (Connection owner = asOwner()) {
            List<String> owned = TenantTables.strings(owner, """
                    select c.relname from pg_class c join pg_roles r on r.oid = c.relowner
                    where r.rolname = ?""", appRole());
            List<String> membership = TenantTables.strings(owner,
                    "select pg_has_role(?, current_user, 'MEMBER')::text", appRole());

            assertThat(owned).as("relations owned by the application role").isEmpty();
            assertThat(membership).containsExactly("false");
        }
    }

    private static boolean hasTenantPolicy(Connection owner, String table) throws Exception {
        try (PreparedStatement statement = owner.prepareStatement("""
                select qual, with_check from pg_policies
                where schemaname = current_schema() and tablename = ? and cmd = 'ALL' and permissive = 'PERMISSIVE'
                  and roles = '{public}'""")) {
            statement.setString(1, table);
            try (ResultSet policies = statement.executeQuery()) {
                while (policies.next()) {
                    if (comparesTenantSetting(policies.getString(1)) && comparesTenantSetting(policies.getString(2))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** {@code tenant_id = NULLIF(current_setting('bitgraphs.tenant', true), '')::uuid}, as PostgreSQL prints it. */
    private static boolean comparesTenantSetting(String expression) {
        return expression != null
                && expression.replaceAll("\\s+", " ").matches(
                "\\(tenant_id = \\(NULLIF\\(current_setting\\('bitgraphs\\.tenant'::text, true\\), ''::text\\)\\)::uuid\\)");
    }
}
