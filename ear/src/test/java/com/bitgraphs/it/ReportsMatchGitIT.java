package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.connect.LifecycleResult;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each commit report of the fixture repository, backfilled through the simulator, equals what git computes
 * ({@code git log --branches --tags --numstat -M}), in UTC and in zones with half- and quarter-hour offsets;
 * changed file exclusions and excluded people change the numbers as git says they should; bad parameters are
 * 400 problems naming the parameter and another workspace is a 404. Pull-request reports equal the simulator's
 * pull requests as stored.
 */
@ArquillianTest
class ReportsMatchGitIT extends DeployedApplication {

    private static final String WORKSPACE = "reports";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Predicate<String> NOTHING = path -> false;

    private static Simulator simulator;
    private static LifecycleResult installed;
    private static UUID tenant;
    private static GitHistory git;
    private static String owner;
    private static LocalDate since;
    private static LocalDate until;

    @BeforeEach
    void backfilled() throws Exception {
        if (simulator != null) {
            return;
        }
        Path fixture = FixtureRepository.get();
        git = GitHistory.of(fixture);
        simulator = SimulatedBitbucket.start(WORKSPACE);
        installed = simulator.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(installed.sharedSecret());
        tenant = Registry.tenant(installed.clientKey()).orElseThrow().id();
        assertThat(PerDay.awaitSync(tenant)).isEqualTo("done");
        owner = SimulatedBitbucket.ownerUuid(simulator);
        since = git.commits().stream().map(c -> c.date().atOffset(ZoneOffset.UTC).toLocalDate()).min(Comparator.naturalOrder())
                .orElseThrow().minusDays(3);
        until = git.commits().stream().map(c -> c.date().atOffset(ZoneOffset.UTC).toLocalDate()).max(Comparator.naturalOrder())
                .orElseThrow().plusDays(3);
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void activityPerDayEqualsGitInUtcAndInKolkata() throws Exception {
        for (String zone : List.of("UTC", "Asia/Kolkata")) {
            JsonObject activity = get("activity", "groupBy", "day", "tz", zone, "since", since.toString(), "until", until.toString());

            assertThat(activity.getJsonArray("series")).hasSize((int) ChronoUnit.DAYS.between(since, until) + 1);
            assertThat(nonZero(activity.getJsonArray("series"))).as(zone)
                    .isEqualTo(expected(c -> local(c.date(), zone).toString(), NOTHING));
        }
    }

    @Test
    void activityPerWeekAndMonthEqualsGitInKathmandu() throws Exception {
        String zone = "Asia/Kathmandu";
        JsonObject weeks = get("activity", "groupBy", "week", "tz", zone, "since", since.toString(), "until", until.toString());
        JsonObject months = get("activity", "groupBy", "month", "tz", zone, "since", since.toString(), "until", until.toString());

        assertThat(nonZero(weeks.getJsonArray("series"))).isEqualTo(expected(c -> local(c.date(), zone)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString(), NOTHING));
        assertThat(nonZero(months.getJsonArray("series"))).isEqualTo(expected(c -> local(c.date(), zone).toString().substring(0, 7), NOTHING));
    }

    @Test
    void excludingMergesCountsOnlyTheOtherCommits() throws Exception {
        JsonObject activity = get("activity", "groupBy", "month", "excludeMerges", "true", "since", since.toString(), "until", until.toString());

        long commits = activity.getJsonArray("series").getValuesAs(JsonObject.class).stream().mapToLong(p -> p.getJsonNumber("commits").longValue()).sum();
        assertThat(commits).isEqualTo(git.commits().stream().filter(c -> !c.merge()).count());
    }

    @Test
    void contributorsEqualGitPerAuthor() throws Exception {
        JsonObject answer = get("contributors", "since", since.toString(), "until", until.toString(), "sort", "lines_added");

        Map<String, String> actual = new TreeMap<>();
        List<Long> linesAdded = new ArrayList<>();
        for (JsonObject c : answer.getJsonArray("contributors").getValuesAs(JsonObject.class)) {
            actual.put(c.getJsonObject("author").getString("name"), c.getJsonNumber("commits") + " " + c.getJsonNumber("lines_added") + " "
                    + c.getJsonNumber("lines_removed") + " " + Instant.parse(c.getString("first_commit")) + " " + Instant.parse(c.getString("last_commit")));
            linesAdded.add(c.getJsonNumber("lines_added").longValue());
        }
        Map<String, String> expected = new TreeMap<>();
        git.commits().stream().collect(Collectors.groupingBy(GitHistory.GitCommit::name)).forEach((name, commits) -> expected.put(name,
                commits.size() + " " + commits.stream().mapToLong(c -> c.added(NOTHING)).sum() + " "
                        + commits.stream().mapToLong(c -> c.removed(NOTHING)).sum() + " "
                        + commits.stream().map(GitHistory.GitCommit::date).min(Comparator.naturalOrder()).orElseThrow() + " "
                        + commits.stream().map(GitHistory.GitCommit::date).max(Comparator.naturalOrder()).orElseThrow()));
        assertThat(actual).isEqualTo(expected);
        assertThat(linesAdded).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void punchCardEqualsGitInKathmandu() throws Exception {
        String zone = "Asia/Kathmandu";
        JsonArray cells = get("punch-card", "tz", zone, "since", since.toString(), "until", until.toString()).getJsonArray("cells");

        Map<String, Long> actual = new TreeMap<>();
        cells.getValuesAs(JsonObject.class).stream().filter(c -> c.getInt("commits") > 0)
                .forEach(c -> actual.put(c.getInt("weekday") + " " + c.getInt("hour"), c.getJsonNumber("commits").longValue()));
        Map<String, Long> expected = new TreeMap<>();
        git.commits().forEach(c -> {
            ZonedDateTime at = c.date().atZone(ZoneId.of(zone));
            expected.merge(at.getDayOfWeek().getValue() + " " + at.getHour(), 1L, Long::sum);
        });
        assertThat(cells).hasSize(168);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void codeFrequencyRunsTheTotalFromTheFirstCommit() throws Exception {
        // A range starting mid-history: the running total must still count what came before
        List<Instant> dates = git.commits().stream().map(GitHistory.GitCommit::date).sorted().toList();
        LocalDate middle = dates.get(dates.size() / 2).atOffset(ZoneOffset.UTC).toLocalDate();
        JsonArray weeks = get("code-frequency", "repository", "fixture", "since", middle.toString(), "until", until.toString())
                .getJsonArray("weeks");

        Map<String, String> expected = expected(c -> c.date().atOffset(ZoneOffset.UTC).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString(), NOTHING, c -> !localDate(c, "UTC").isBefore(middle));
        Map<String, String> actual = new TreeMap<>();
        weeks.getValuesAs(JsonObject.class).stream().filter(w -> w.getInt("lines_added") + w.getInt("lines_removed") > 0)
                .forEach(w -> actual.put(w.getString("week"), w.getInt("lines_added") + " " + w.getInt("lines_removed")));
        assertThat(actual).isEqualTo(expected.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().substring(e.getValue().indexOf(' ') + 1), (a, b) -> a, TreeMap::new)));
        long total = git.commits().stream().mapToLong(c -> c.added(NOTHING) - c.removed(NOTHING)).sum();
        assertThat(weeks.getJsonObject(weeks.size() - 1).getJsonNumber("total_lines").longValue()).isEqualTo(total);
    }

    @Test
    void topCommittersArePerMonthTheAuthorsWithMostCommits() throws Exception {
        JsonArray periods = get("top-committers", "groupBy", "month", "limit", "2", "since", since.toString(), "until", until.toString())
                .getJsonArray("periods");

        for (JsonObject period : periods.getValuesAs(JsonObject.class)) {
            Map<String, Long> perAuthor = git.commits().stream()
                    .filter(c -> localDate(c, "UTC").toString().startsWith(period.getString("period")))
                    .collect(Collectors.groupingBy(GitHistory.GitCommit::name, Collectors.counting()));
            List<Long> top = perAuthor.values().stream().sorted(Comparator.reverseOrder()).limit(2).toList();
            List<JsonObject> committers = period.getJsonArray("committers").getValuesAs(JsonObject.class);
            assertThat(committers.stream().map(c -> c.getJsonNumber("commits").longValue()).toList()).isEqualTo(top);
            committers.forEach(c -> assertThat(perAuthor.get(c.getJsonObject("author").getString("name")))
                    .isEqualTo(c.getJsonNumber("commits").longValue()));
        }
    }

    @Test
    void contributionsOfAPersonArePerDay() throws Exception {
        long bob = people().get("Bob Jones");
        JsonObject answer = get("users/" + bob + "/contributions", "since", since.toString(), "until", until.toString());

        Map<String, Long> actual = new TreeMap<>();
        answer.getJsonArray("days").getValuesAs(JsonObject.class).stream().filter(d -> d.getInt("commits") > 0)
                .forEach(d -> actual.put(d.getString("date"), d.getJsonNumber("commits").longValue()));
        Map<String, Long> expected = git.commits().stream().filter(c -> c.name().equals("Bob Jones"))
                .collect(Collectors.groupingBy(c -> localDate(c, "UTC").toString(), TreeMap::new, Collectors.counting()));
        assertThat(actual).isEqualTo(expected);
        assertThat(answer.getJsonNumber("total_pull_requests").longValue()).isEqualTo(Long.parseLong(PerDay.query(tenant, """
                select count(*) from pull_request p join identity i on i.id = p.author_identity_id where i.display_name = 'Bob Jones'""").get(0)));
    }

    @Test
    void exportsStreamEveryCommitWithGitsLines() throws Exception {
        HttpResponse<String> csv = call("commits/export", "format", "csv", "since", since.toString(), "until", until.toString());
        HttpResponse<String> jsonLines = call("commits/export", "excludeMerges", "true", "since", since.toString(), "until", until.toString());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).isEqualTo("date,author_name,author_email,bitbucket_user,repository,hash,is_merge,lines_added,lines_removed");
        assertThat(rows).hasSize(git.commits().size() + 1);
        long added = rows.stream().skip(1).map(row -> row.split(",", -1)).filter(cells -> !cells[7].isEmpty())
                .mapToLong(cells -> Long.parseLong(cells[7])).sum();
        assertThat(added).isEqualTo(git.commits().stream().mapToLong(c -> c.added(NOTHING)).sum());
        assertThat(jsonLines.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        assertThat(jsonLines.body().lines().count()).isEqualTo(git.commits().stream().filter(c -> !c.merge()).count());
    }

    @Test
    void changedFileExclusionsRecountTheLinesAsGitMinusTheExcludedPaths() throws Exception {
        Predicate<String> excluded = path -> path.startsWith("gen/") || path.startsWith("docs/") && path.endsWith(".txt") && path.indexOf('/', 5) < 0;
        try {
            HttpResponse<String> put = put("settings/file-exclusions/fixture", "{\"patterns\": [\"gen/\", \"/docs/*.txt\"]}");
            assertThat(put.statusCode()).isEqualTo(200);
            assertThat(Http.json(put).getJsonArray("patterns").getValuesAs(JsonValue.class)).hasSize(2);

            JsonObject activity = get("activity", "groupBy", "day", "since", since.toString(), "until", until.toString());
            assertThat(nonZero(activity.getJsonArray("series"))).isEqualTo(expected(c -> localDate(c, "UTC").toString(), excluded));
            JsonObject settings = get("settings/file-exclusions");
            assertThat(settings.getJsonArray("repositories").getJsonObject(0).getJsonArray("patterns").getString(0)).isEqualTo("gen/");
        } finally {
            assertThat(put("settings/file-exclusions/fixture", "{\"patterns\": []}").statusCode()).isEqualTo(200);
        }
        JsonObject restored = get("activity", "groupBy", "day", "since", since.toString(), "until", until.toString());
        assertThat(nonZero(restored.getJsonArray("series"))).isEqualTo(expected(c -> localDate(c, "UTC").toString(), NOTHING));
    }

    @Test
    void excludedPeopleVanishFromEveryReport() throws Exception {
        try {
            assertThat(put("settings/excluded-people", "{\"patterns\": [\"GHOST*\"]}").statusCode()).isEqualTo(200);

            JsonObject contributors = get("contributors", "since", since.toString(), "until", until.toString());
            assertThat(contributors.getJsonArray("contributors").getValuesAs(JsonObject.class))
                    .extracting(c -> c.getJsonObject("author").getString("name")).doesNotContain("Ghost Writer").isNotEmpty();
            assertThat(people()).doesNotContainKey("Ghost Writer");
            JsonObject activity = get("activity", "groupBy", "month", "since", since.toString(), "until", until.toString());
            long commits = activity.getJsonArray("series").getValuesAs(JsonObject.class).stream().mapToLong(p -> p.getJsonNumber("commits").longValue()).sum();
            assertThat(commits).isEqualTo(git.commits().stream().filter(c -> !c.email().equals(FixtureRepository.NO_ACCOUNT_EMAIL)).count());
            assertThat(get("settings/excluded-people").getJsonArray("patterns").getString(0)).isEqualTo("GHOST*");
        } finally {
            assertThat(put("settings/excluded-people", "{\"patterns\": []}").statusCode()).isEqualTo(200);
        }
        assertThat(people()).containsKey("Ghost Writer");
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() throws Exception {
        Map<String, String[]> cases = new TreeMap<>(Map.of(
                "since", new String[]{"activity", "since", "2024-02-30"},
                "tz", new String[]{"punch-card", "tz", "Asia/Atlantis"},
                "groupBy", new String[]{"activity", "groupBy", "fortnight"},
                "until", new String[]{"activity", "until", "soon"},
                "repository", new String[]{"contributors", "repository", "no-such-repo"},
                "limit", new String[]{"top-committers", "limit", "1000"}));
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            String[] args = c.getValue();
            HttpResponse<String> response = call(args[0], args[1], args[2]);
            assertThat(response.statusCode()).as(c.getKey()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(Http.json(response).getString("detail")).as(c.getKey()).startsWith(c.getKey() + ":");
        }
        HttpResponse<String> reversed = call("activity", "since", "2025-02-01", "until", "2025-01-01");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(Http.json(reversed).getString("detail")).startsWith("since:");
    }

    @Test
    void anotherWorkspaceIsNotFound() throws Exception {
        assertThat(get("repositories").getJsonArray("repositories").getJsonObject(0).getString("slug")).isEqualTo("fixture");
        for (String report : List.of("activity", "contributors", "commits/export", "people", "settings/excluded-people", "pull-requests/open")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/workspaces/someone-else/" + report, List.of())).GET());
            assertThat(response.statusCode()).as(report).isEqualTo(404);
            assertThat(response.body()).doesNotContain("fixture");
        }
        assertThat(call("users/999999/contributions").statusCode()).isEqualTo(404);
    }

    @Test
    void csvAnswersOnAcceptHeaderWithTheContractsHeaderRow() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/workspaces/" + WORKSPACE + "/punch-card", List.of()))
                .header("Accept", "text/csv").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().lines().toList()).hasSize(169).first().isEqualTo("weekday,hour,commits");
        assertThat(response.body()).contains("\r\n");
    }

    @Test
    void pullRequestReportsEqualTheSimulatorsPullRequests() throws Exception {
        JsonArray open = get("pull-requests/open").getJsonArray("pull_requests");
        assertThat(open).hasSize(1);
        assertThat(open.getJsonObject(0).getInt("id")).isEqualTo(20);
        assertThat(open.getJsonObject(0).getString("title")).isEqualTo("Draft the API");
        assertThat(open.getJsonObject(0).getJsonObject("author").getString("name")).isEqualTo("Bob Jones");
        assertThat(open.getJsonObject(0).getJsonNumber("age_days").longValue())
                .isEqualTo(Duration.between(Instant.parse("2024-03-05T10:00:00Z"), Instant.now()).toDays());

        LocalDate prSince = LocalDate.parse("2024-01-01").isBefore(since) ? LocalDate.parse("2024-01-01") : since;
        List<JsonObject> groups = get("pull-requests/resolution-time", "since", prSince.toString(), "until", "2024-12-31")
                .getJsonArray("groups").getValuesAs(JsonObject.class);
        JsonObject declined = groups.stream().filter(g -> g.getString("state").equals("DECLINED")).findFirst().orElseThrow();
        assertThat(declined.getInt("count")).isEqualTo(1);
        assertThat(declined.getJsonNumber("median_hours").doubleValue()).isEqualTo(24.0);
        long merged = groups.stream().filter(g -> g.getString("state").equals("MERGED")).mapToLong(g -> g.getInt("count")).sum();
        assertThat(merged).isEqualTo(Long.parseLong(PerDay.query(tenant, "select count(*) from pull_request where state = 'MERGED'").get(0)));

        JsonArray series = get("pull-requests", "groupBy", "month", "since", prSince.toString(), "until", "2024-12-31").getJsonArray("series");
        JsonObject last = series.getJsonObject(series.size() - 1);
        assertThat(last.getInt("cumulative_created")).isEqualTo(Integer.parseInt(PerDay.query(tenant, "select count(*) from pull_request").get(0)));
        assertThat(last.getInt("cumulative_merged")).isEqualTo((int) merged);
        assertThat(last.getInt("cumulative_declined")).isEqualTo(1);

        JsonObject cycle = get("pull-requests/cycle-time", "since", prSince.toString(), "until", "2024-12-31");
        assertThat(cycle.getInt("count")).isEqualTo(last.getInt("cumulative_created"));
        assertThat(cycle.getJsonObject("phases").isNull("time_to_open_hours")).isTrue();

        Map<String, String> reviewers = new TreeMap<>();
        get("reviewers", "since", prSince.toString(), "until", "2024-12-31").getJsonArray("reviewers").getValuesAs(JsonObject.class)
                .forEach(r -> reviewers.put(r.getJsonObject("reviewer").getString("name"), r.getInt("approvals") + " " + r.getInt("participations")));
        Map<String, String> stored = new TreeMap<>();
        PerDay.query(tenant, """
                select i.display_name || '|' || count(*) filter (where x.approved) || ' ' || count(*)
                from pull_request_participant x join identity i on i.id = x.identity_id group by i.display_name""")
                .forEach(line -> stored.put(line.substring(0, line.indexOf('|')), line.substring(line.indexOf('|') + 1)));
        assertThat(reviewers).isEqualTo(stored);

        List<String> export = call("pull-requests/export", "format", "csv", "since", prSince.toString(), "until", "2024-12-31").body().lines().toList();
        assertThat(export.get(0)).isEqualTo("repository,id,title,state,author,created_on,updated_on,merged_or_declined_on,destination,"
                + "reviewers,approvals,time_to_first_review_hours,time_to_merge_hours");
        assertThat(export).hasSize(last.getInt("cumulative_created") + 1);
    }

    // --- what git says

    private static Map<String, String> expected(Function<GitHistory.GitCommit, String> bucket, Predicate<String> excluded) {
        return expected(bucket, excluded, c -> true);
    }

    /** "commits added removed" per bucket with any commit. */
    private static Map<String, String> expected(Function<GitHistory.GitCommit, String> bucket, Predicate<String> excluded,
                                                Predicate<GitHistory.GitCommit> counted) {
        Map<String, long[]> sums = new TreeMap<>();
        git.commits().stream().filter(counted).forEach(c -> {
            long[] sum = sums.computeIfAbsent(bucket.apply(c), k -> new long[3]);
            sum[0]++;
            sum[1] += c.added(excluded);
            sum[2] += c.removed(excluded);
        });
        Map<String, String> lines = new TreeMap<>();
        sums.forEach((k, s) -> lines.put(k, s[0] + " " + s[1] + " " + s[2]));
        return lines;
    }

    private static LocalDate local(Instant instant, String zone) {
        return instant.atZone(ZoneId.of(zone)).toLocalDate();
    }

    private static LocalDate localDate(GitHistory.GitCommit commit, String zone) {
        return local(commit.date(), zone);
    }

    // --- what Bitgraphs says

    private static Map<String, String> nonZero(JsonArray series) {
        Map<String, String> lines = new TreeMap<>();
        for (JsonObject period : series.getValuesAs(JsonObject.class)) {
            if (period.getInt("commits") + period.getInt("lines_added") + period.getInt("lines_removed") > 0) {
                lines.put(period.getString("period"), period.getInt("commits") + " " + period.getInt("lines_added") + " " + period.getInt("lines_removed"));
            }
        }
        return lines;
    }

    private static Map<String, Long> people() throws Exception {
        return get("people").getJsonArray("people").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(p -> p.getString("name"), p -> p.getJsonNumber("id").longValue()));
    }

    private static JsonObject get(String report, String... parameters) throws Exception {
        HttpResponse<String> response = call(report, parameters);
        assertThat(response.statusCode()).as(report + " " + response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private static HttpResponse<String> call(String report, String... parameters) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/v1/workspaces/" + WORKSPACE + "/" + report, List.of(parameters))).GET());
    }

    private static HttpResponse<String> put(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/v1/workspaces/" + WORKSPACE + "/" + path, List.of()))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Signed with a context token for the workspace's owner, as the app's pages call the read API. */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        String token = ConnectClient.token(installed.clientKey(), installed.sharedSecret(), "context-qsh",
                claims -> claims.setSubject(owner));
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).header("Authorization", "JWT " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path, List<String> parameters) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < parameters.size(); i += 2) {
            query.append(i == 0 ? "?" : "&").append(parameters.get(i)).append('=')
                    .append(URLEncoder.encode(parameters.get(i + 1), StandardCharsets.UTF_8));
        }
        return app(path + query);
    }
}
