package com.bitgraphs.retention.control;

import com.bitgraphs.MigratedDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sweep's delete order: every tenant table from the catalog, each after the tables that reference it. */
class TenantTablesTest {

    @Test
    void referencingTablesComeFirst() {
        List<String> order = TenantTables.childrenFirst(Set.of("repository", "commit", "commit_file", "identity"),
                Map.of("repository", Set.of("commit"), "commit", Set.of("commit_file"), "identity", Set.of("commit")));

        assertThat(order.indexOf("commit_file")).isLessThan(order.indexOf("commit"));
        assertThat(order.indexOf("commit")).isLessThan(order.indexOf("repository"));
        assertThat(order.indexOf("commit")).isLessThan(order.indexOf("identity"));
    }

    @Test
    void aCycleIsRefusedNamingItsTables() {
        assertThatThrownBy(() -> TenantTables.childrenFirst(Set.of("a", "b"), Map.of("a", Set.of("b"), "b", Set.of("a"))))
                .hasMessageContaining("[a, b]");
    }

    @Test
    void theMigratedSchemaGivesEveryTenantTableInAnOrderTheDatabaseAccepts() throws Exception {
        try (Connection connection = MigratedDatabase.get().owner().getConnection()) {
            List<String> order = TenantTables.inDeleteOrder(connection);

            assertThat(order).contains("repository", "identity", "commit", "commit_file", "pull_request",
                    "pull_request_participant", "webhook_delivery", "tenant_sync", "repository_sync", "personal_data_tombstone");
            assertThat(order.indexOf("pull_request_participant")).isLessThan(order.indexOf("identity"));
            assertThat(order.indexOf("personal_data_tombstone")).isLessThan(order.indexOf("identity"));
            assertThat(order.indexOf("repository_sync")).isLessThan(order.indexOf("repository"));
        }
    }
}
