package com.bitgraphs.bench.reports;

import com.bitgraphs.launcher.DatabaseRoles;
import com.bitgraphs.launcher.DatabaseSettings;
import com.bitgraphs.launcher.EmbeddedDatabase;
import com.bitgraphs.launcher.WildFlyServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * {@code ./bitgraphs bench reports}: starts a fresh embedded PostgreSQL and WildFly (port offset
 * {@code BITGRAPHS_BENCH_PORT_OFFSET}, default 600), creates an installed tenant, fills it with
 * {@link WorkspaceGenerator}, makes an API token through the operator API, then times every {@link ReportCase}
 * over HTTP and its raw-rows equivalent over JDBC (as the application role, inside the tenant) and prints a
 * Markdown table. Warm: {@code BITGRAPHS_BENCH_WARMUPS} (5) untimed calls, then {@code BITGRAPHS_BENCH_REPEATS}
 * (50) timed ones, {@code BITGRAPHS_BENCH_RAW_REPEATS} (20) for the raw queries, which are far slower.
 */
public final class ReportBenchmark {

    private static final String WORKSPACE = "bench";
    private static final String KOLKATA = "Asia/Kolkata";

    private ReportBenchmark() {
    }

    public static int run(Path root) throws Exception {
        int offset = integer("BITGRAPHS_BENCH_PORT_OFFSET", 600);
        int warmups = integer("BITGRAPHS_BENCH_WARMUPS", 5);
        int repeats = integer("BITGRAPHS_BENCH_REPEATS", 50);
        int rawRepeats = integer("BITGRAPHS_BENCH_RAW_REPEATS", 20);
        int scale = integer("BITGRAPHS_BENCH_SCALE_PERCENT", 100);
        String appBase = "http://localhost:" + (8080 + offset) + "/bitgraphs";
        Path dir = root.resolve("target/bench-reports");
        deleteTree(dir.resolve("postgres"));
        Files.createDirectories(dir);

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir.resolve("postgres"), 0, DatabaseRoles.newPassword(),
                DatabaseRoles.newPassword())) {
            DatabaseSettings settings = database.settings();
            String operatorKey = UUID.randomUUID().toString().replace("-", "");
            var environment = new java.util.LinkedHashMap<>(settings.environment());
            environment.put("BITGRAPHS_DEMO", "true");
            environment.put("BITGRAPHS_BASE_URL", appBase);
            environment.put("BITGRAPHS_OPERATOR_KEY", operatorKey);
            WildFlyServer server = new WildFlyServer(root.resolve("ear/target/wildfly"), dir.resolve("server"), environment);
            Path deployments = root.resolve("ear/target/deployments");
            server.prepare(List.of(deployments.resolve("bitgraphs.ear"), deployments.resolve("bitgraphs-health.war")));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "bench-reports-stop"));
            System.out.println("Starting WildFly with port offset " + offset + " (console: " + dir.resolve("wildfly-console.log") + ")");
            server.start(dir.resolve("wildfly-console.log"), List.of("-Djboss.socket.binding.port-offset=" + offset));
            server.awaitReady(URI.create("http://localhost:" + (9990 + offset) + "/health/ready"), Duration.ofMinutes(5));
            try {
                UUID tenant = UUID.randomUUID();
                WorkspaceGenerator.Shape shape = scaled(WorkspaceGenerator.Shape.DEFAULT, scale);
                System.out.println("Generating " + shape);
                try (Connection owner = DriverManager.getConnection(settings.url(), settings.ownerUser(), settings.ownerPassword())) {
                    installTenant(owner, tenant);
                    new WorkspaceGenerator(owner, tenant).generate(shape);
                }
                String token = token(appBase, operatorKey);
                try (Connection app = DriverManager.getConnection(settings.url(), settings.appUser(), settings.appPassword())) {
                    try (Statement statement = app.createStatement()) {
                        statement.execute("select set_config('bitgraphs.tenant', '" + tenant + "', false)");
                    }
                    new ReportBenchmark.Run(app, appBase + "/api/v1/workspaces/" + WORKSPACE, token, warmups, repeats, rawRepeats).all();
                }
                if (System.getenv("BITGRAPHS_BENCH_HOLD") != null) {
                    // For EXPLAIN ANALYZE by hand: psql as the embedded server's superuser, which trusts local connections
                    System.out.println("Holding: psql -h 127.0.0.1 -p " + database.port() + " -U postgres -d bitgraphs, tenant "
                            + tenant + ", token " + token + "; Ctrl-C ends");
                    Thread.sleep(Long.MAX_VALUE);
                }
            } finally {
                server.stop();
            }
        }
        return 0;
    }

    /** The measuring part, over a tenant already filled. */
    private record Run(Connection app, String base, String token, int warmups, int repeats, int rawRepeats) {

        void all() throws Exception {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long user = topPerson();
            List<String[]> table = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (ReportCase report : ReportCase.all()) {
                for (String zone : report.zoned() ? List.of("UTC", KOLKATA) : List.of("UTC")) {
                    ZoneId tz = ZoneId.of(zone);
                    LocalDate until = LocalDate.now(tz);
                    LocalDate since = until.minusDays(364);
                    String from = "'" + since.atStartOfDay(tz).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC) + "'::timestamptz";
                    String to = "'" + until.plusDays(1).atStartOfDay(tz).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC) + "'::timestamptz";
                    String url = base + "/" + report.path().replace("{user}", Long.toString(user)) + "?since=" + since + "&until=" + until
                            + "&tz=" + zone + (report.query().isEmpty() ? "" : "&" + report.query());
                    String raw = report.raw().replace("{from}", from).replace("{to}", to).replace("{tz}", "'" + zone + "'")
                            .replace("{user}", Long.toString(user));
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofMinutes(2)).build();
                    long first = System.nanoTime();
                    String body = get(http, request);
                    // A report that takes seconds is measured fewer times: its percentiles say enough
                    boolean slow = System.nanoTime() - first > 1_000_000_000L;
                    Latency api = Latency.measure(slow ? 1 : warmups, slow ? 5 : repeats, () -> get(http, request));
                    first = System.nanoTime();
                    rows(raw);
                    slow = System.nanoTime() - first > 1_000_000_000L;
                    Latency rawLatency = Latency.measure(slow ? 0 : Math.min(warmups, 2), slow ? 5 : rawRepeats, () -> rows(raw));
                    String check = "-";
                    if (report.check() != null) {
                        check = compare(report.check(), body, rows(raw));
                        if (!check.equals("equal")) {
                            failures.add(report.name() + " " + zone + ": " + check);
                        }
                    }
                    String[] line = {report.name(), zone.equals("UTC") ? "UTC" : "Kolkata", fmt(api.p50()), fmt(api.p95()),
                            fmt(rawLatency.p50()), fmt(rawLatency.p95()), String.format(Locale.ROOT, "%.1f×", rawLatency.p50() / api.p50()),
                            String.format(Locale.ROOT, "%,d", body.length() / 1024), rowsRead(report.reads(), zone, from, to), count("select count(*) from commit where authored_at >= " + from
                            + " and authored_at < " + to, report.reads()), check};
                    table.add(line);
                    System.out.println(String.join(" | ", line));
                }
            }
            System.out.println();
            System.out.println("| report | tz | p50 ms | p95 ms | raw p50 ms | raw p95 ms | raw/rollup (p50) | answer KiB | rollup rows | raw rows | rollup = raw |");
            System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
            table.forEach(line -> System.out.println("| " + String.join(" | ", line) + " |"));
            failures.forEach(failure -> System.out.println("MISMATCH " + failure));
        }

        private long topPerson() throws SQLException {
            try (Statement statement = app.createStatement();
                 ResultSet row = statement.executeQuery("select identity_id from commit_day group by 1 order by sum(commits) desc limit 1")) {
                row.next();
                return row.getLong(1);
            }
        }

        /** The rows of the rollup the report reads that fall in the range (commit_day: the UTC days touched). */
        private String rowsRead(String table, String zone, String from, String to) throws SQLException {
            String quarter = zone.equals("UTC") ? table : "commit_quarter";
            String sql = switch (table.equals("commit_day") ? quarter : table) {
                case "commit_day" -> "select count(*) from commit_day where day >= (" + from + " at time zone 'UTC')::date and day < ("
                        + to + " at time zone 'UTC')::date";
                case "commit_quarter" -> "select count(*) from commit_quarter where slot >= " + from + " and slot < " + to;
                default -> "select count(*) from pull_request_fact where created_on >= " + from + " and created_on < " + to;
            };
            return (table.equals("commit_day") && !zone.equals("UTC") ? "quarter " : "") + String.format(Locale.ROOT, "%,d", scalar(sql));
        }

        private String count(String commitsSql, String table) throws SQLException {
            return table.equals("pull_request_fact") ? "(pull requests)" : String.format(Locale.ROOT, "%,d", scalar(commitsSql));
        }

        private long scalar(String sql) throws SQLException {
            try (Statement statement = app.createStatement(); ResultSet row = statement.executeQuery(sql)) {
                row.next();
                return row.getLong(1);
            }
        }

        private List<List<String>> rows(String sql) throws SQLException {
            List<List<String>> rows = new ArrayList<>();
            try (Statement statement = app.createStatement(); ResultSet result = statement.executeQuery(sql)) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(result.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }

        private String compare(ReportCase.Check check, String body, List<List<String>> raw) {
            Map<String, long[]> api = new TreeMap<>();
            JsonObject json;
            try (var reader = Json.createReader(new StringReader(body))) {
                json = reader.readObject();
            }
            for (JsonValue value : (JsonArray) json.get(check.arrayPath())) {
                JsonObject item = value.asJsonObject();
                String key = String.join("/", check.keyFields().stream().map(f -> text(item, f)).toList());
                long[] values = check.valueFields().stream().mapToLong(f -> Long.parseLong(text(item, f))).toArray();
                if (java.util.Arrays.stream(values).anyMatch(v -> v != 0)) {
                    api.merge(key, values, ReportBenchmark::plus);
                }
            }
            Map<String, long[]> fromRows = new TreeMap<>();
            int keys = check.keyFields().size();
            for (List<String> row : raw) {
                String key = String.join("/", row.subList(0, keys).stream().map(String::valueOf).toList());
                long[] values = row.subList(keys, keys + check.valueFields().size()).stream().mapToLong(Long::parseLong).toArray();
                fromRows.merge(key, values, ReportBenchmark::plus);
            }
            fromRows.values().removeIf(values -> java.util.Arrays.stream(values).allMatch(v -> v == 0));
            if (api.size() != fromRows.size()) {
                return "differ: " + api.size() + " keys from the API, " + fromRows.size() + " from the raw rows";
            }
            for (var entry : api.entrySet()) {
                long[] other = fromRows.get(entry.getKey());
                if (!java.util.Arrays.equals(entry.getValue(), other)) {
                    return "differ at " + entry.getKey() + ": API " + java.util.Arrays.toString(entry.getValue()) + ", raw "
                            + java.util.Arrays.toString(other);
                }
            }
            return "equal";
        }
    }

    private static long[] plus(long[] a, long[] b) {
        long[] sum = a.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += b[i];
        }
        return sum;
    }

    /** A dotted path's value as text: numbers as plain integers where they are whole. */
    private static String text(JsonObject item, String path) {
        JsonValue value = item;
        for (String part : path.split("\\.")) {
            value = value.asJsonObject().get(part);
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue().stripTrailingZeros().toPlainString();
        }
        return value instanceof JsonString string ? string.getString() : Objects.toString(value);
    }

    private static String get(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static void installTenant(Connection owner, UUID tenant) throws SQLException {
        try (PreparedStatement insert = owner.prepareStatement("""
                insert into tenant (id, client_key, workspace_uuid, workspace_slug, base_api_url, state, installed_at, door)
                values (?, ?, ?, ?, 'https://api.bitbucket.org', 'INSTALLED', now(), 'CONNECT')""")) {
            insert.setObject(1, tenant);
            insert.setString(2, "bench-" + tenant);
            insert.setString(3, "{" + tenant + "}");
            insert.setString(4, WORKSPACE);
            insert.executeUpdate();
        }
    }

    private static String token(String appBase, String operatorKey) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(appBase + "/api/v1/operator/workspaces/" + WORKSPACE + "/tokens"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + operatorKey)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"scope\":\"read\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("no API token (" + response.statusCode() + "): " + response.body());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("token");
        }
    }

    private static WorkspaceGenerator.Shape scaled(WorkspaceGenerator.Shape shape, int percent) {
        return new WorkspaceGenerator.Shape(shape.repositories(), shape.people(), shape.years(),
                shape.sessions() * percent / 100, shape.pullRequests() * percent / 100);
    }

    private static int integer(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static String fmt(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }

    private static void deleteTree(Path directory) throws java.io.IOException {
        if (Files.exists(directory)) {
            try (var files = Files.walk(directory)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
