package com.bitgraphs.simulator.pullrequests;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.fixtures.ApiClient;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code q=} narrows the pull requests (e.g. those updated after a date, as incremental sync asks) and
 * {@code sort=} orders them; an unsupported query is a 400.
 */
class QueryAndSortNarrowPullRequestsTest {
    private static final String ALL = "/2.0/repositories/demo/fixture/pullrequests?state=OPEN&state=MERGED"
            + "&state=DECLINED";

    @Test
    void queryNarrowsAndSortOrders() {
        try (Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withRepositories(List.of(FixtureRepository.get())))) {
            ApiClient api = new ApiClient(simulator.baseUrl(), simulator.token());
            assertThat(api.all(ALL + "&q=" + encode("updated_on >= \"2024-03-05T00:00:00+00:00\" AND id > 10")))
                    .extracting(pr -> pr.getInt("id")).containsExactly(21, 20);
            assertThat(api.all(ALL + "&q=" + encode("source.branch.name = \"topic\"") + "&sort=id"))
                    .extracting(pr -> pr.getInt("id")).containsExactly(7, 20);
            assertThat(api.all(ALL + "&sort=-updated_on"))
                    .extracting(pr -> OffsetDateTime.parse(pr.getString("updated_on")))
                    .isSortedAccordingTo(Comparator.<OffsetDateTime>naturalOrder().reversed());
            assertThat(api.get(ALL + "&q=" + encode("nonsense")).statusCode()).isEqualTo(400);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
