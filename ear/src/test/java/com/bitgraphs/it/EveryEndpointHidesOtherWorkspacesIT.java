package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.connect.LifecycleResult;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the workspace API that the OpenAPI document lists (so a new endpoint is covered without
 * touching this test), called by tenant A with tenant B's workspace slug, repository slug, person ids and token
 * ids, answers exactly as for a workspace that does not exist, or refuses A's own workspace with B's ids, and
 * never carries a byte of B's data; B's rows are unchanged afterwards.
 */
@ArquillianTest
class EveryEndpointHidesOtherWorkspacesIT extends DeployedApplication {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String SECRET_NAME = "Bravo Hidden Author";
    private static final String SECRET_EMAIL = "bravo-hidden@secret.example";
    private static final String SECRET_REPOSITORY = "bravo-hidden-repo";

    private static final Map<String, String> NOWHERE = Map.of("workspace", "nowhere", "repository", "no-such-repo",
            "id", "987654321", "default", "987654320");
    private static Simulator simulator;
    private static UUID bravo;
    private static UUID alpha;
    private static String alphaToken;
    private static Map<String, String> bravoIds;
    private static List<String> bravoBytes;

    @BeforeAll
    static void twoWorkspaces() throws Exception {
        Path repository = Files.createTempDirectory("bravo").resolve(SECRET_REPOSITORY);
        Files.createDirectories(repository);
        Git.lines(repository, "init", "-q", "-b", "main");
        // enough of B's rows, on days and hours A has too, that a leaking filter would show some
        for (int i = 0; i < 60; i++) {
            Files.writeString(repository.resolve("hidden-" + (i % 7) + ".txt"), "bravo\n".repeat(i + 1));
            Git.lines(repository, "add", ".");
            Git.lines(repository, "-c", "user.name=" + SECRET_NAME, "-c", "user.email=" + SECRET_EMAIL,
                    "commit", "-q", "-m", "bravo's secret commit " + i,
                    "--date", "20" + (20 + i % 7) + "-0" + (1 + i % 9) + "-1" + (i % 10) + "T1" + (i % 10) + ":00:00Z");
        }
        simulator = Simulator.start(SimulatorConfig.defaults().withPort(Integer.getInteger("bitgraphs.it.simulator.port"))
                .withWorkspace("bravo").withRepositories(List.of(repository)).withNoAccount(java.util.Set.of(SECRET_EMAIL)));
        LifecycleResult b = simulator.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(b.sharedSecret());
        bravo = Registry.tenant(b.clientKey()).orElseThrow().id();
        assertThat(PerDay.awaitSync(bravo)).isEqualTo("done");
        String bravoToken = UsedSecrets.add(operatorToken("bravo", "admin").getString("token"));
        simulator.close();

        simulator = SimulatedBitbucket.start("alpha");
        LifecycleResult a = simulator.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(a.sharedSecret());
        alpha = Registry.tenant(a.clientKey()).orElseThrow().id();
        assertThat(PerDay.awaitSync(alpha)).isEqualTo("done");
        alphaToken = UsedSecrets.add(operatorToken("alpha", "admin").getString("token"));

        String identity = PerDay.query(bravo, "select id::text from identity order by id limit 1").get(0);
        bravoIds = new LinkedHashMap<>();
        bravoIds.put("workspace", "bravo");
        bravoIds.put("repository", SECRET_REPOSITORY);
        bravoIds.put("id", PerDay.query(bravo, "select id::text from api_token limit 1").get(0));
        bravoIds.put("default", identity);
        bravoBytes = new ArrayList<>(List.of(SECRET_NAME, SECRET_EMAIL, SECRET_REPOSITORY, bravo.toString(), bravoToken));
        bravoBytes.addAll(PerDay.query(bravo, "select uuid from repository"));
        bravoBytes.addAll(PerDay.query(bravo, "select hash from commit"));
        bravoBytes.add(Registry.tenant(b.clientKey()).orElseThrow().id().toString());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void tenantAGetsNothingOfTenantBFromAnyOperation() throws Exception {
        Map<String, Long> rowsBefore = rows(bravo);
        List<Operation> operations = workspaceOperations();
        assertThat(operations).as("the OpenAPI document lists the workspace API").hasSizeGreaterThan(5);

        for (Operation operation : operations) {
            HttpResponse<String> forBravo = call(operation, operation.path(bravoIds, "bravo"));
            HttpResponse<String> forNobody = call(operation, operation.path(bravoIds, "no-such-workspace"));
            assertThat(forBravo.statusCode()).as(operation + ": " + forBravo.body()).isEqualTo(404);
            assertThat(forBravo.body().replace("bravo", "no-such-workspace")).as(operation.toString()).isEqualTo(forNobody.body());
            assertNoBravo(operation, forBravo);

            // A's own workspace with B's ids and slugs, guessed: answered as ids and slugs that exist nowhere
            HttpResponse<String> guessed = call(operation, operation.path(bravoIds, "alpha"));
            HttpResponse<String> nowhere = call(operation, operation.path(NOWHERE, "alpha"));
            assertNoBravo(operation, guessed);
            assertThat(guessed.statusCode()).as(operation + " with B's ids: " + guessed.body()).isEqualTo(nowhere.statusCode());
            if (operation.path().contains("{") && !operation.path().equals("/api/v1/workspaces/{workspace}")
                    && operation.path().replace("{workspace}", "").contains("{")) {
                assertThat(guessed.statusCode()).as(operation + " with B's ids: " + guessed.body()).isIn(400, 404);
            }
            if (operation.method().equals("GET")) {
                HttpResponse<String> named = call(operation, operation.path(NOWHERE, "alpha") + "?repository=" + SECRET_REPOSITORY);
                HttpResponse<String> unknown = call(operation, operation.path(NOWHERE, "alpha") + "?repository=" + NOWHERE.get("repository"));
                assertNoBravo(operation, named);
                assertThat(named.statusCode()).as(operation + "?repository=<B's>: " + named.body()).isEqualTo(unknown.statusCode());
                assertThat(named.body().replace(SECRET_REPOSITORY, NOWHERE.get("repository"))).as(operation.toString())
                        .isEqualTo(unknown.body());
            }
        }
        assertThat(rows(bravo)).as("B's rows after A's calls").isEqualTo(rowsBefore);
    }

    /**
     * Many report queries with random filters (dates, repositories, people, time zones, groupings, formats), some
     * naming B's repositories and people, never bring back a row of B and never fail with a server error.
     */
    @Test
    void randomReportQueriesOfANeverReturnARowOfB() throws Exception {
        java.util.Random random = new java.util.Random(Long.getLong("bitgraphs.it.seed", System.nanoTime()));
        List<Operation> reads = workspaceOperations().stream().filter(o -> o.method().equals("GET")).toList();
        Map<String, List<String>> queryParameters = queryParameters();
        List<String> alphaRepositories = PerDay.query(alpha, "select slug from repository");
        List<String> alphaPeople = PerDay.query(alpha, "select id::text from person");
        List<String> zones = List.of("UTC", "Asia/Kolkata", "America/St_Johns", "Asia/Kathmandu", "Pacific/Chatham", "Europe/Berlin");
        Map<String, String> alphaIds = new LinkedHashMap<>(bravoIds);
        for (int i = 0; i < 300; i++) {
            Operation operation = reads.get(random.nextInt(reads.size()));
            alphaIds.put("default", random.nextBoolean() ? pick(random, alphaPeople) : bravoIds.get("default"));
            alphaIds.put("repository", random.nextBoolean() ? pick(random, alphaRepositories) : SECRET_REPOSITORY);
            StringBuilder query = new StringBuilder();
            for (String name : queryParameters.getOrDefault(operation.method() + " " + operation.path(), List.of())) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                String value = switch (name) {
                    case "since", "until" -> java.time.LocalDate.of(2015 + random.nextInt(13), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString();
                    case "repository" -> random.nextBoolean() ? pick(random, alphaRepositories) : SECRET_REPOSITORY;
                    case "author", "user" -> random.nextBoolean() ? pick(random, alphaPeople) : bravoIds.get("default");
                    case "excludeMerges" -> String.valueOf(random.nextBoolean());
                    case "tz" -> pick(random, zones);
                    case "groupBy" -> pick(random, List.of("day", "week", "month", "year"));
                    case "format" -> pick(random, List.of("json", "csv"));
                    case "sort" -> pick(random, List.of("commits", "lines_added", "lines_removed"));
                    default -> String.valueOf(random.nextInt(20));
                };
                query.append(query.length() == 0 ? '?' : '&').append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
            HttpResponse<String> response = call(operation, operation.path(alphaIds, "alpha") + query);
            assertThat(response.statusCode()).as(operation + query.toString() + ": " + response.body()).isLessThan(500);
            assertNoBravo(operation, response);
        }
    }

    private static String pick(java.util.Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The query parameters each operation declares, by "METHOD path". */
    private static Map<String, List<String>> queryParameters() throws Exception {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        openApiPaths().forEach((path, item) -> {
            if (path.contains("/api/v1/workspaces/{workspace}")) {
                String relative = path.substring(path.indexOf("/api/v1/"));
                item.asJsonObject().forEach((method, operation) -> {
                    if (operation.getValueType() == JsonValue.ValueType.OBJECT && operation.asJsonObject().containsKey("parameters")) {
                        parameters.put(method.toUpperCase() + " " + relative, operation.asJsonObject().getJsonArray("parameters")
                                .getValuesAs(JsonObject.class).stream()
                                .filter(p -> "query".equals(p.getString("in", ""))).map(p -> p.getString("name")).toList());
                    }
                });
            }
        });
        return parameters;
    }

    /** Nothing of B beyond what the request itself named (an answer may echo the caller's own input). */
    private static void assertNoBravo(Operation operation, HttpResponse<String> response) {
        String request = java.net.URLDecoder.decode(response.request().uri().toString(), java.nio.charset.StandardCharsets.UTF_8);
        for (String secret : bravoBytes) {
            if (request.contains(secret)) {
                continue;
            }
            assertThat(response.body()).as(operation + " answered " + response.statusCode()).doesNotContain(secret);
        }
    }

    private record Operation(String method, String path, String consumes) {
        String path(Map<String, String> ids, String workspace) {
            Matcher matcher = PARAMETER.matcher(path);
            StringBuilder resolved = new StringBuilder();
            while (matcher.find()) {
                String name = matcher.group(1);
                String value = name.equals("workspace") ? workspace : ids.getOrDefault(name, ids.get("default"));
                matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(resolved);
            return resolved.toString();
        }
    }

    private static JsonObject openApiPaths() throws Exception {
        HttpResponse<String> document = Http.get(app("/../openapi?format=JSON").normalize(), "Accept", "application/json");
        assertThat(document.statusCode()).as(document.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(document.body()))) {
            return reader.readObject().getJsonObject("paths");
        }
    }

    private static List<Operation> workspaceOperations() throws Exception {
        List<Operation> operations = new ArrayList<>();
        openApiPaths().forEach((path, item) -> {
            if (path.contains("/api/v1/workspaces/{workspace}")) {
                String relative = path.substring(path.indexOf("/api/v1/"));
                item.asJsonObject().forEach((method, operation) -> {
                    if (List.of("get", "post", "put", "delete").contains(method)) {
                        operations.add(new Operation(method.toUpperCase(), relative, consumes(operation.asJsonObject())));
                    }
                });
            }
        });
        return operations;
    }

    private static String consumes(JsonObject operation) {
        JsonValue body = operation.get("requestBody");
        if (body == null) {
            return null;
        }
        return body.asJsonObject().getJsonObject("content").keySet().iterator().next();
    }

    private static HttpResponse<String> call(Operation operation, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + alphaToken);
        if (operation.consumes() != null) {
            request.header("Content-Type", operation.consumes()).method(operation.method(), HttpRequest.BodyPublishers.ofString(
                    operation.consumes().contains("json") ? "{}" : ""));
        } else {
            request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Long> rows(UUID tenant) throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection owner = asOwner()) {
            owner.setAutoCommit(false);
            TenantTables.enter(owner, tenant);
            for (String table : TenantTables.all(owner)) {
                rows.put(table, Long.parseLong(TenantTables.strings(owner, "select count(*)::text from " + table).get(0)));
            }
        }
        return rows;
    }

    private static JsonObject operatorToken(String workspace, String scope) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(app("/api/v1/operator/workspaces/" + workspace + "/tokens"))
                .header("Authorization", "Bearer " + System.getenv("BITGRAPHS_OPERATOR_KEY"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"isolation\",\"scope\":\"" + scope + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response);
    }
}
