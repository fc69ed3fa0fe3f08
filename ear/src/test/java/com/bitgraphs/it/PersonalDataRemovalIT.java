package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.connect.LifecycleResult;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Removing one person's personal data: afterwards their name, email and account id appear in no text column
 * of any of the tenant's tables, per-day commit counts and lines still equal git's, and a full resync that
 * meets the same authors again does not bring them back.
 */
@ArquillianTest
class PersonalDataRemovalIT extends DeployedApplication {

    /** A person as stored, with every value that identifies them. */
    record Person(long id, List<String> values) {
    }

    private Simulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void aRemovedPersonIsNowhereAndTheNumbersStillAddUp() throws Exception {
        simulator = SimulatedBitbucket.start("forget");
        LifecycleResult installed = simulator.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(installed.sharedSecret());
        UUID tenant = Registry.tenant(installed.clientKey()).orElseThrow().id();
        assertThat(PerDay.awaitSync(tenant)).isEqualTo("done");
        Person person = mostActiveDistinctPerson(tenant);
        assertThat(places(tenant, person)).as("before removal").isNotEmpty();

        HttpResponse<String> removed = Operator.call("DELETE", "/api/v1/operator/workspaces/forget/people/" + person.id() + "/personal-data", null);

        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
        assertThat(places(tenant, person)).isEmpty();
        assertThat(PerDay.stored(tenant)).isEqualTo(PerDay.git(FixtureRepository.get()));
        assertThat(PerDay.query(tenant, "select count(*)::text from commit where identity_id = " + person.id()))
                .as("their commits still count, on the pseudonym").doesNotContain("0");

        HttpResponse<String> resync = Operator.call("POST", "/api/v1/operator/workspaces/forget/sync", null);
        assertThat(resync.statusCode()).as(resync.body()).isEqualTo(202);
        assertThat(PerDay.awaitSync(tenant, Http.json(resync).getJsonNumber("execution").longValue())).isEqualTo("done");

        assertThat(places(tenant, person)).as("after a full resync").isEmpty();
        assertThat(PerDay.stored(tenant)).isEqualTo(PerDay.git(FixtureRepository.get()));
        assertThat(Operator.call("DELETE", "/api/v1/operator/workspaces/forget/people/" + person.id() + "/personal-data", null)
                .statusCode()).as("again: idempotent").isEqualTo(204);
        assertThat(Operator.call("DELETE", "/api/v1/operator/workspaces/forget/people/999999999/personal-data", null)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void anAdminRemovesAMergedPersonAndTheirMergesAndMailmapLinesGoToo() throws Exception {
        simulator = SimulatedBitbucket.start("forgetbyapi");
        LifecycleResult installed = simulator.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(installed.sharedSecret());
        UUID tenant = Registry.tenant(installed.clientKey()).orElseThrow().id();
        assertThat(PerDay.awaitSync(tenant)).isEqualTo("done");
        List<Person> distinct = distinctPeople(tenant);
        assertThat(distinct).hasSizeGreaterThanOrEqualTo(2);
        Person person = distinct.get(0);
        Person merged = distinct.get(1);
        String admin = UsedSecrets.add(token("admin"));
        String reader = UsedSecrets.add(token("read"));
        String base = "/api/v1/workspaces/forgetbyapi";
        // The admin merged a second identity into the person and named it in the mailmap
        String mergedKey = merged.values().stream().filter(v -> v.contains("@") || v.startsWith("{")).findFirst().orElseThrow();
        assertThat(send("PUT", base + "/settings/mailmap", admin, "{\"mailmap\":\"Mapped Name <" + mergedKey + ">\\n\"}").statusCode())
                .isEqualTo(200);
        assertThat(send("POST", base + "/people/" + person.id() + "/identities", admin,
                "{\"identities\":[" + merged.id() + "]}").statusCode()).isEqualTo(200);
        List<String> values = new ArrayList<>(person.values());
        values.addAll(merged.values());
        values.add("Mapped Name");
        Person whole = new Person(person.id(), values);
        assertThat(places(tenant, whole)).contains("mailmap.content");
        String path = base + "/people/" + person.id() + "/personal-data";

        assertThat(send("DELETE", path, reader, null).statusCode()).as("a read token").isEqualTo(403);
        assertThat(places(tenant, whole)).isNotEmpty();
        HttpResponse<String> removed = send("DELETE", path, admin, null);

        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
        assertThat(places(tenant, whole)).isEmpty();
        assertThat(PerDay.query(tenant, "select count(*)::text from identity_merge")).containsExactly("0");
        assertThat(PerDay.query(tenant, "select count(*)::text from identity where person_id is not null")).containsExactly("0");
        assertThat(PerDay.stored(tenant)).isEqualTo(PerDay.git(FixtureRepository.get()));
    }

    private static String token(String scope) throws Exception {
        return Operator.json("POST", "/api/v1/operator/workspaces/forgetbyapi/tokens",
                "{\"name\":\"privacy " + scope + "\",\"scope\":\"" + scope + "\"}", 201).getString("token");
    }

    private static HttpResponse<String> send(String method, String path, String bearer, String json) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(app(path)).header("Authorization", "Bearer " + bearer);
        if (json == null) {
            request.method(method, java.net.http.HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, java.net.http.HttpRequest.BodyPublishers.ofString(json));
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The identity with the most commits among those whose name, email and account id appear in no other row
     * of the tenant: removing them must then leave no trace at all.
     */
    private static Person mostActiveDistinctPerson(UUID tenant) throws Exception {
        List<Person> people = distinctPeople(tenant);
        if (people.isEmpty()) {
            throw new AssertionError("no identity with values of its own in the fixture");
        }
        return people.get(0);
    }

    /** Such identities, most commits first. */
    private static List<Person> distinctPeople(UUID tenant) throws Exception {
        List<Person> people = new ArrayList<>();
        List<String> rows = PerDay.query(tenant, """
                select i.id || chr(9) || i.display_name || chr(9) || coalesce(i.email, '') || chr(9) || coalesce(i.account_uuid, '')
                from identity i left join commit c on c.identity_id = i.id
                group by i.tenant_id, i.id order by count(c.hash) desc, i.id""");
        for (String row : rows) {
            String[] fields = row.split("\t", -1);
            List<String> values = new ArrayList<>();
            for (int i = 1; i < fields.length; i++) {
                if (!fields[i].isBlank()) {
                    values.add(fields[i]);
                }
            }
            Person person = new Person(Long.parseLong(fields[0]), values);
            if (places(tenant, person).stream().allMatch(place -> place.equals("identity.display_name")
                    || place.equals("identity.email") || place.equals("identity.account_uuid"))
                    && countIn(tenant, "identity", person) == 1) {
                people.add(person);
            }
        }
        return people;
    }

    /** {@code table.column} of every text column, in every tenant table, that holds one of the person's values. */
    static List<String> places(UUID tenant, Person person) throws Exception {
        List<String> places = new ArrayList<>();
        try (Connection owner = asOwner()) {
            owner.setAutoCommit(false);
            TenantTables.enter(owner, tenant);
            for (String table : TenantTables.all(owner)) {
                for (String column : textColumns(owner, table)) {
                    for (String value : person.values()) {
                        String count = TenantTables.strings(owner, "select count(*) from " + table
                                + " where strpos(lower(" + column + "::text), ?) > 0", value.toLowerCase(Locale.ROOT)).get(0);
                        if (!count.equals("0")) {
                            places.add(table + "." + column);
                        }
                    }
                }
            }
        }
        return places;
    }

    private static long countIn(UUID tenant, String table, Person person) throws Exception {
        try (Connection owner = asOwner()) {
            owner.setAutoCommit(false);
            TenantTables.enter(owner, tenant);
            long rows = 0;
            for (String value : person.values()) {
                rows = Math.max(rows, Long.parseLong(TenantTables.strings(owner, "select count(*) from " + table
                        + " where strpos(lower(display_name || ' ' || coalesce(email, '') || ' ' || coalesce(account_uuid, '')), ?) > 0",
                        value.toLowerCase(Locale.ROOT)).get(0)));
            }
            return rows;
        }
    }

    private static List<String> textColumns(Connection connection, String table) throws Exception {
        return TenantTables.strings(connection, """
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = ?
                  and data_type in ('text', 'character varying', 'character', 'json', 'jsonb')""", table);
    }
}
