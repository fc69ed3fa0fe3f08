package com.bitgraphs.simulator.pages;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.auth.QueryStringHash;
import com.bitgraphs.simulator.connect.LifecycleResult;
import com.bitgraphs.simulator.fixtures.ApiClient;
import com.bitgraphs.simulator.fixtures.FakeApp;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import com.bitgraphs.simulator.fixtures.Jwts;
import com.bitgraphs.simulator.http.QueryString;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repository page embeds the app's repoPage with its context parameters filled in and a page JWT, signed with the
 * installation's secret, whose qsh is that of the iframe's URL.
 */
class RepositoryPageEmbedsAppWithPageJwtTest {

    @Test
    void repoPageIframeCarriesContextAndValidJwt() throws Exception {
        try (FakeApp app = new FakeApp(); Simulator simulator = Simulator.start(SimulatorConfig.defaults()
                .withRepositories(List.of(FixtureRepository.get())))) {
            LifecycleResult installed = simulator.install(app.descriptorUrl());
            String html = new ApiClient(simulator.baseUrl(), simulator.token()).get("/demo/fixture").body();
            Matcher src = Pattern.compile("<iframe[^>]*src=\"([^\"]+)\"").matcher(html);
            assertThat(src.find()).as(html).isTrue();
            URI frame = URI.create(src.group(1).replace("&amp;", "&"));
            assertThat(frame.toString()).startsWith(app.baseUrl() + "/repo?repo=%7B").contains("&ws=demo&jwt=");

            var query = QueryString.parse(frame.getRawQuery());
            String jwt = query.get("jwt").get(0);
            String expected = QueryStringHash.of("GET", frame.getRawPath(), "/app", query);
            assertThat(Jwts.verify(jwt, installed.sharedSecret()).getStringClaimValue("qsh")).isEqualTo(expected);
            assertThat(expected).isEqualTo(QueryStringHash.of("GET&/repo&repo="
                    + query.get("repo").get(0).replace("{", "%7B").replace("}", "%7D") + "&ws=demo"));
        }
    }
}
