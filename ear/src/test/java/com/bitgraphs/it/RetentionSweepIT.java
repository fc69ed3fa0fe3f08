package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.connect.LifecycleResult;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 60-day retention: an uninstalled workspace is kept on day 59 (the sweep leaves it, a reinstall signed
 * with the old secret brings everything back and its sync catches up what it missed) and gone on day 61 (every
 * row of every tenant table, its job records, its secret and its audit trail but the purge itself; two sweeps
 * at once purge it once; a reinstall is a first install). The server's clock is moved, not waited for.
 */
@ArquillianTest
class RetentionSweepIT extends DeployedApplication {

    private Simulator simulator;

    @AfterEach
    void stop() throws Exception {
        Operator.moveClock(Duration.ZERO);
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void onDay59TheDataIsKeptAndAReinstallRestoresIt() throws Exception {
        simulator = SimulatedBitbucket.start("kept59");
        LifecycleResult installed = simulator.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(installed.sharedSecret());
        UUID tenant = Registry.tenant(installed.clientKey()).orElseThrow().id();
        assertThat(PerDay.awaitSync(tenant)).isEqualTo("done");
        assertThat(simulator.uninstall("bitgraphs").appStatus()).isEqualTo(204);
        // What happens in Bitbucket while the app is away: commits the app will have to catch up
        PerDay.update(tenant, "delete from commit where hash in (select hash from commit order by authored_at desc limit 3)");
        long rows = rowsOf(tenant);

        Operator.moveClock(Duration.ofDays(59));
        JsonObject swept = Operator.json("POST", "/api/v1/operator/retention/sweep", null, 200);
        LocalDate today = LocalDate.now(ZoneOffset.UTC).plusDays(59);
        JsonObject dueToday = Operator.json("GET", "/api/v1/operator/retention/sweep?date=" + today, null, 200);
        JsonObject dueIn2Days = Operator.json("GET", "/api/v1/operator/retention/sweep?date=" + today.plusDays(2), null, 200);
        Operator.moveClock(Duration.ZERO);

        assertThat(workspaces(swept)).doesNotContain("kept59");
        assertThat(workspaces(dueToday)).doesNotContain("kept59");
        assertThat(workspaces(dueIn2Days)).contains("kept59");
        JsonObject listed = entry(dueIn2Days, "kept59");
        assertThat(listed.getString("uninstalled_on")).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(listed.getString("purge_due")).isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(60).toString());
        assertThat(rowsOf(tenant)).isEqualTo(rows);
        assertThat(Registry.tenant(installed.clientKey()).orElseThrow().state()).isEqualTo("UNINSTALLED");

        LifecycleResult reinstalled = simulator.reinstall("bitgraphs");

        assertThat(reinstalled.signing()).isEqualTo("previous");
        UsedSecrets.add(reinstalled.sharedSecret());
        assertThat(Registry.tenant(installed.clientKey()).orElseThrow().id()).isEqualTo(tenant);
        assertThat(Registry.lastEvent(installed.clientKey())).isEqualTo("reinstalled:accepted");
        assertThat(PerDay.awaitSync(tenant)).isEqualTo("done");
        assertThat(PerDay.stored(tenant)).isEqualTo(PerDay.git(FixtureRepository.get()));
    }

    @Test
    void onDay61EverythingIsGoneOnceAndAReinstallStartsEmpty() throws Exception {
        simulator = SimulatedBitbucket.start("gone61");
        LifecycleResult installed = simulator.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(installed.sharedSecret());
        UUID tenant = Registry.tenant(installed.clientKey()).orElseThrow().id();
        assertThat(PerDay.awaitSync(tenant)).isEqualTo("done");
        assertThat(jobExecutionsOf(tenant)).isPositive();
        assertThat(simulator.uninstall("bitgraphs").appStatus()).isEqualTo(204);
        assertThat(rowsOf(tenant)).isPositive();

        Operator.moveClock(Duration.ofDays(61));
        JsonObject dryRun = Operator.json("GET", "/api/v1/operator/retention/sweep", null, 200);
        assertThat(rowsOf(tenant)).as("a dry run changes nothing").isPositive();
        // Two sweeps at once, as two nodes would run them
        CompletableFuture<JsonObject> first = CompletableFuture.supplyAsync(RetentionSweepIT::sweep);
        CompletableFuture<JsonObject> second = CompletableFuture.supplyAsync(RetentionSweepIT::sweep);
        List<String> purged = new ArrayList<>(workspaces(first.join()));
        purged.addAll(workspaces(second.join()));
        JsonObject again = sweep();
        Operator.moveClock(Duration.ZERO);

        assertThat(workspaces(dryRun)).contains("gone61");
        assertThat(purged).filteredOn("gone61"::equals).hasSize(1);
        assertThat(workspaces(again)).doesNotContain("gone61");
        assertThat(rowsOf(tenant)).isZero();
        assertThat(Registry.tenant(installed.clientKey())).isEmpty();
        assertThat(jobExecutionsOf(tenant)).isZero();
        assertThat(auditOf(tenant, installed.clientKey())).containsExactly("purged:accepted:null");

        LifecycleResult reinstalled = simulator.reinstall("bitgraphs");

        UsedSecrets.add(reinstalled.sharedSecret());
        UUID fresh = Registry.tenant(installed.clientKey()).orElseThrow().id();
        assertThat(fresh).isNotEqualTo(tenant);
        assertThat(Registry.lastEvent(installed.clientKey())).isEqualTo("installed:accepted");
        assertThat(PerDay.awaitSync(fresh)).isEqualTo("done");
        assertThat(PerDay.stored(fresh)).isEqualTo(PerDay.git(FixtureRepository.get()));
    }

    private static JsonObject sweep() {
        try {
            return Operator.json("POST", "/api/v1/operator/retention/sweep", null, 200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> workspaces(JsonObject answer) {
        return answer.getJsonArray("tenants").stream().map(JsonValue::asJsonObject).map(t -> t.getString("workspace")).toList();
    }

    private static JsonObject entry(JsonObject answer, String workspace) {
        return answer.getJsonArray("tenants").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("workspace").equals(workspace)).findFirst().orElseThrow();
    }

    /** Rows of the tenant in every tenant table, as the owner inside the tenant. */
    static long rowsOf(UUID tenant) throws Exception {
        try (Connection owner = asOwner()) {
            owner.setAutoCommit(false);
            TenantTables.enter(owner, tenant);
            long rows = 0;
            for (String table : TenantTables.all(owner)) {
                rows += Long.parseLong(TenantTables.strings(owner, "select count(*) from " + table + " where tenant_id = ?", tenant).get(0));
            }
            return rows;
        }
    }

    private static long jobExecutionsOf(UUID tenant) throws Exception {
        try (Connection owner = asOwner()) {
            return Long.parseLong(TenantTables.strings(owner,
                    "select count(*) from job_execution where jobparameters like ?", "%tenant = " + tenant + "%").get(0));
        }
    }

    private static List<String> auditOf(UUID tenant, String clientKey) throws Exception {
        try (Connection owner = asOwner()) {
            return TenantTables.strings(owner, """
                    select event || ':' || outcome || ':' || coalesce(client_key, 'null') from lifecycle_event
                    where tenant = ? or client_key = ? order by id""", tenant, clientKey);
        }
    }
}
