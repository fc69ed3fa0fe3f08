package com.bitgraphs.simulator.members;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.ApiClient;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each distinct author email is a member with a stable uuid, except those without an account, whose commits carry
 * no {@code author.user}.
 */
class MembersAreDistinctAuthorsTest {

    @Test
    void authorsWithAccountsAreMembersWithStableUuids() {
        try (Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withRepositories(List.of(FixtureRepository.get()))
                .withNoAccount(Set.of(FixtureRepository.NO_ACCOUNT_EMAIL)))) {
            ApiClient api = new ApiClient(simulator.baseUrl(), simulator.token());
            List<JsonObject> members = api.all("/2.0/workspaces/demo/members");
            assertThat(members).extracting(m -> m.getJsonObject("user").getString("display_name"))
                    .containsExactly("Alice Smith", "Bob Jones", "Zoë Ünïcode");
            assertThat(members.get(0).getJsonObject("user").getString("uuid"))
                    .isEqualTo(Member.forEmail("alice@example.com", "x").uuid());

            List<JsonObject> commits = api.all("/2.0/repositories/demo/fixture/commits");
            for (JsonObject commit : commits) {
                JsonObject author = commit.getJsonObject("author");
                boolean ghost = author.getString("raw").contains(FixtureRepository.NO_ACCOUNT_EMAIL);
                assertThat(author.containsKey("user")).as(author.getString("raw")).isEqualTo(!ghost);
            }
            String uuid = members.get(0).getJsonObject("user").getString("uuid");
            assertThat(api.json("/2.0/users/" + URLEncoder.encode(uuid, StandardCharsets.UTF_8)).getString("display_name")).isEqualTo("Alice Smith");
        }
    }
}
