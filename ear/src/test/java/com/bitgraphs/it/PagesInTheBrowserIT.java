package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.connect.LifecycleResult;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.WebElement;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page opened the way Bitbucket opens it: through the simulator's page host, which embeds the app's iframe
 * with a page JWT. While a workspace has no reports to give (the API answers 404), each card says so plainly
 * instead of drawing an empty chart, and the screenshots show it.
 */
@ArquillianTest
class PagesInTheBrowserIT extends DeployedApplication {

    private Simulator simulator;
    private Browser browser;
    private String workspace;

    @BeforeEach
    void installedAndSynced(TestInfo test) throws Exception {
        workspace = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        simulator = SimulatedBitbucket.start(workspace);
        LifecycleResult installed = simulator.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(installed.sharedSecret());
        UUID tenant = Registry.tenant(installed.clientKey()).orElseThrow().id();
        assertThat(PerDay.awaitSync(tenant)).isEqualTo("done");
        browser = Browser.open(test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void close() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void everyPageLoadsInItsIframeAndSaysClearlyWhenTheReportsAreNotThere() throws Exception {
        for (String page : List.of(workspacePage(), repositoryPage(), profilePage())) {
            browser.openApp(page);
            browser.awaitCards();

            assertThat(browser.script("return typeof echarts")).isEqualTo("object");
            List<WebElement> cards = browser.findAll("section.card[data-chart]");
            assertThat(cards).isNotEmpty();
            if (!reportsAnswer()) {
                assertThat(cards).allSatisfy(card -> {
                    assertThat(card.getAttribute("data-state")).as(card.getAttribute("data-chart")).isEqualTo("error");
                    assertThat(card.getText()).contains("not available for this workspace");
                });
            }
            assertThat(browser.find("#banner").getAttribute("data-state")).isEqualTo("done");
            browser.screenshot("error-state-" + URI.create(page).getPath().replaceAll("[^A-Za-z0-9]+", "-"));
        }
    }

    @Test
    void theSettingsTabOfTheWorkspacePageOpens() throws Exception {
        browser.openApp(workspacePage());
        browser.awaitCards();

        browser.find("nav.tabs button[data-tab='settings']").click();

        assertThat(browser.find("#overview").isDisplayed()).isFalse();
        assertThat(browser.find("#settings-file-exclusions").isDisplayed()).isTrue();
        assertThat(browser.find("#settings-tokens").getText()).contains("API tokens");
        assertThat(browser.find("#settings-identities").getText()).contains("Identity merges");
        browser.screenshot("settings");
    }

    /** The token the server handed the page, read from the page itself. */
    private String pageToken() {
        return UsedSecrets.add((String) browser.script(
                "return JSON.parse(document.getElementById('bitgraphs-context').textContent).token"));
    }

    private boolean reportsAnswer() throws Exception {
        var answer = ConnectClient.get(app("/api/v1/workspaces/" + workspace + "/activity"), pageToken());
        return answer.statusCode() == 200;
    }

    private String workspacePage() {
        return simulator.baseUrl() + "/" + workspace;
    }

    private String repositoryPage() {
        return simulator.baseUrl() + "/" + workspace + "/" + FixtureRepository.get().getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    }

    private String profilePage() {
        String email = Git.lines(FixtureRepository.get(), "log", "-1", "--format=%ae").get(0);
        return simulator.baseUrl() + "/users/" + URLEncoder.encode(email.substring(0, email.indexOf('@')), StandardCharsets.UTF_8);
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
