package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.faults.FaultSettings;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
    void browser(TestInfo test) throws Exception {
        workspace = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        browser = Browser.open(test.getTestMethod().orElseThrow().getName());
    }

    /** The simulator serving the fixture, the app installed through it, and its backfill done. */
    private void installedAndSynced() throws Exception {
        simulator = SimulatedBitbucket.start(workspace);
        assertThat(PerDay.awaitSync(install())).isEqualTo("done");
    }

    private UUID install() throws Exception {
        LifecycleResult installed = simulator.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(installed.sharedSecret());
        return Registry.tenant(installed.clientKey()).orElseThrow().id();
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
    void everyPageLoadsInItsIframeAndSaysWhenThereIsNothingToShow() throws Exception {
        installedAndSynced();
        assumeReportsApi();

        // The fixture's commits are from 2024: the default period, the last twelve months, holds none of them
        for (String page : List.of(workspacePage(), repositoryPage(), profilePage())) {
            browser.openApp(page);
            browser.awaitCards();

            assertThat(browser.script("return typeof echarts")).isEqualTo("object");
            assertThat(browser.findAll("section.card[data-chart]")).isNotEmpty().allSatisfy(card -> {
                assertThat(card.getAttribute("data-state")).as(card.getAttribute("data-chart")).isEqualTo("empty");
                assertThat(card.getText()).contains("Nothing to show for this period");
            });
            assertThat(browser.find("#banner").getAttribute("data-state")).isEqualTo("done");
            assertThat(browser.find("#banner").isDisplayed()).isFalse();
            browser.screenshot("empty-" + URI.create(page).getPath().replaceAll("[^A-Za-z0-9]+", "-"));
        }
    }

    @Test
    void aProfileTheReportsDoNotKnowSaysSoInsteadOfDrawing() throws Exception {
        installedAndSynced();

        // The workspace's admin made no commit: the contributions report answers 404
        browser.openApp(simulator.baseUrl() + "/users/admin");
        browser.awaitCards();

        assertThat(browser.findAll("section.card[data-chart]")).hasSize(2).allSatisfy(card -> {
            assertThat(card.getAttribute("data-state")).as(card.getAttribute("data-chart")).isEqualTo("error");
            assertThat(card.getText()).contains("not available for this workspace");
        });
        browser.screenshot("error-profile");
    }

    @Test
    void anAdminMakesUsesAndRevokesAnApiTokenOnTheSettingsTab() throws Exception {
        installedAndSynced();
        browser.openApp(workspacePage());
        browser.awaitCards();

        browser.find("nav.tabs button[data-tab='settings']").click();
        awaitSection("#settings-tokens");
        assertThat(browser.find("#overview").isDisplayed()).isFalse();
        browser.find("#token-name").sendKeys("nightly export");
        browser.find("#settings-tokens button[type='submit']").click();
        String token = UsedSecrets.add(new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> browser.findAll("#token-value").stream().findFirst().map(WebElement::getText).orElse(null)));

        // The token shown once opens the read API to a script, until it is revoked on the same page
        URI sync = app("/api/v1/workspaces/" + workspace + "/sync");
        assertThat(Http.get(sync, "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
        assertThat(browser.find("#settings-tokens tbody").getText()).contains("nightly export").doesNotContain(token);
        browser.screenshot("settings-token-made");
        browser.enterApp();
        browser.find("#settings-tokens button.revoke").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.findAll("#settings-tokens tbody").isEmpty());
        assertThat(Http.get(sync, "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void anAdminSavesTheMailmapOnTheSettingsPage() throws Exception {
        installedAndSynced();
        browser.openApp(workspacePage());
        browser.awaitCards();
        browser.find("nav.tabs button[data-tab='settings']").click();
        awaitSection("#settings-identities");
        String line = "Ada Lovelace <ada@example.com> <ada@old.example>";

        browser.find("#mailmap").sendKeys(line);
        browser.find("#settings-identities form:last-of-type button[type='submit']").click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.find("#settings-identities").getText().contains("Saved: 1 entries"));
        var stored = Http.json(ConnectClient.get(app("/api/v1/workspaces/" + workspace + "/settings/mailmap"), pageToken()));
        assertThat(stored.getString("mailmap")).isEqualTo(line);
        browser.screenshot("settings-mailmap");
    }

    private void awaitSection(String css) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> !"loading".equals(browser.find(css).getAttribute("data-state")));
        assertThat(browser.find(css).getAttribute("data-state")).as(browser.find(css).getText()).isEqualTo("ready");
    }

    @Test
    void chartsDrawWhatTheReportsApiAnswersAndFollowTheFilters() throws Exception {
        installedAndSynced();
        assumeReportsApi();
        List<String> span = fixtureSpan();

        browser.openApp(workspacePage());
        browser.awaitCards();
        period(span.get(0), span.get(1));
        assertChartsDrawTheApi();
        // The numbers are git's, not only the API's: every commit of the fixture in the span
        long drawn = ChartNumbers.sum(json(browser.chartOption("activity")), 0);
        assertThat(drawn).isEqualTo(Git.lines(FixtureRepository.get(), "rev-list", "--branches", "--tags").size());

        new Select(browser.find("#filter-author")).selectByIndex(1);
        browser.awaitCards();
        assertThat(browser.find("[data-chart='activity']").getAttribute("data-source")).contains("author=");
        assertChartsDrawTheApi();

        browser.find("button[data-group-by='month']").click();
        browser.awaitCards();
        assertThat(browser.find("[data-chart='activity']").getAttribute("data-source")).contains("groupBy=month");
        assertChartsDrawTheApi();

        browser.find("[data-csv='activity']").click();
        List<String> csv = Files.readAllLines(browser.awaitDownload("activity-"));
        JsonObject activity = Http.json(ConnectClient.get(source("activity"), pageToken()));
        assertThat(csv.get(0)).isEqualTo("period,commits,lines_added,lines_removed");
        assertThat(csv.subList(1, csv.size())).isEqualTo(activity.getJsonArray("series").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("period") + "," + p.get("commits") + "," + p.get("lines_added") + "," + p.get("lines_removed"))
                .toList());
        browser.screenshot("workspace");

        // A person left out on the settings tab vanishes from the charts
        browser.enterApp();
        new Select(browser.find("#filter-author")).selectByIndex(0);
        browser.awaitCards();
        List<JsonObject> people = Http.json(ConnectClient.get(source("contributors"), pageToken()))
                .getJsonArray("contributors").getValuesAs(JsonObject.class);
        String leftOut = people.get(people.size() - 1).getJsonObject("author").getString("name");
        browser.find("nav.tabs button[data-tab='settings']").click();
        awaitSection("#settings-excluded-people");
        browser.find("#excluded-people").clear();
        browser.find("#excluded-people").sendKeys(leftOut);
        browser.find("#settings-excluded-people button[type='submit']").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> browser.find("#settings-excluded-people").getText().contains("Saved"));
        browser.find("nav.tabs button[data-tab='overview']").click();
        browser.find("button[data-group-by='month']").click();
        browser.awaitCards();
        WebElement contributors = browser.find("[data-chart='contributors']");
        assertThat(contributors.getAttribute("data-state")).as(contributors.getText()).isEqualTo("ready");
        assertThat(contributors.getText()).doesNotContain(leftOut);
        assertChartsDrawTheApi();

        browser.openApp(repositoryPage());
        browser.awaitCards();
        period(span.get(0), span.get(1));
        assertChartsDrawTheApi();
        browser.screenshot("repository");

        browser.openApp(profilePage());
        browser.awaitCards();
        period(span.get(0), span.get(1));
        assertChartsDrawTheApi();
        browser.screenshot("profile");
    }

    @Test
    void aBannerShowsTheBackfillsProgressUntilItEnds() throws Exception {
        // Every call of the simulator answers slowly, so the backfill is still running when the page opens
        simulator = Simulator.start(SimulatorConfig.defaults()
                .withPort(Integer.getInteger("bitgraphs.it.simulator.port"))
                .withWorkspace(workspace)
                .withRepositories(List.of(FixtureRepository.get()))
                .withFaults(new FaultSettings(0, true, 0, List.of(500), 1.0, 400, 0, 65_000)));
        UUID tenant = install();

        browser.openApp(workspacePage());
        WebElement banner = new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> browser.find("#banner").isDisplayed() ? browser.find("#banner") : null);

        assertThat(banner.getAttribute("data-state")).isIn("queued", "running");
        assertThat(banner.getText()).contains("Importing history from Bitbucket");
        browser.screenshot("progress-banner");
        browser.enterApp();

        simulator.faults().update(FaultSettings.defaults());
        assertThat(PerDay.awaitSync(tenant)).isEqualTo("done");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> !browser.find("#banner").isDisplayed());
        assertThat(browser.find("#banner").getAttribute("data-state")).isEqualTo("done");
    }

    /** Every card is drawn (or says it is empty) with exactly the numbers its API URL answers. */
    private void assertChartsDrawTheApi() throws Exception {
        String token = pageToken();
        for (WebElement card : browser.findAll("section.card[data-chart]")) {
            String chart = card.getAttribute("data-chart");
            assertThat(card.getAttribute("data-state")).as(chart + ": " + card.getText()).isIn("ready", "empty");
            var answer = ConnectClient.get(source(chart), token);
            assertThat(answer.statusCode()).as(chart + ": " + answer.body()).isEqualTo(200);
            if ("ready".equals(card.getAttribute("data-state"))) {
                ChartNumbers.assertDraws(chart, json(browser.chartOption(chart)), Http.json(answer));
            }
        }
        assertThat(browser.find("[data-chart='activity']").getAttribute("data-state")).isEqualTo("ready");
    }

    private URI source(String chart) {
        return URI.create("http://127.0.0.1:" + System.getProperty("bitgraphs.it.http.port")
                + browser.find("[data-chart='" + chart + "']").getAttribute("data-source"));
    }

    /** Sets the period's two dates as a person would pick them, waiting for the cards after each. */
    private void period(String since, String until) {
        for (String[] date : new String[][]{{"since", since}, {"until", until}}) {
            browser.script("const input = document.getElementById('filter-' + arguments[0]); input.value = arguments[1];"
                    + "input.dispatchEvent(new Event('change'));", date[0], date[1]);
            browser.awaitCards();
        }
    }

    /** The UTC days of the fixture's first and last commits. */
    private static List<String> fixtureSpan() {
        List<String> days = Git.lines(FixtureRepository.get(), "log", "--branches", "--tags", "--format=%aI").stream()
                .map(date -> OffsetDateTime.parse(date).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString())
                .sorted().toList();
        return List.of(days.get(0), days.get(days.size() - 1));
    }

    /** The comparisons need the reports API to answer the page's token. */
    private void assumeReportsApi() throws Exception {
        browser.openApp(workspacePage());
        browser.awaitCards();
        assertThat(reportsAnswer()).as("the reports API answers the page's token").isTrue();
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
