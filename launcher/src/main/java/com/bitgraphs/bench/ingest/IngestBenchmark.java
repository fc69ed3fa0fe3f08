package com.bitgraphs.bench.ingest;

import com.bitgraphs.bench.BenchCommand;
import com.bitgraphs.bench.BenchOptions;
import com.bitgraphs.bench.BenchSystem;
import com.bitgraphs.bench.CpuSnapshot;
import com.bitgraphs.bench.HeapSampler;
import com.bitgraphs.bench.workspace.GeneratedWorkspace;
import com.bitgraphs.bench.workspace.WorkspaceSpec;
import com.bitgraphs.simulator.connect.LifecycleResult;
import jakarta.json.JsonNumber;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code ./bitgraphs bench ingest}: generates (or reuses) the workspace, starts the system, installs the app and
 * times the backfill until the sync status says done, then reads what was stored and checks the smallest
 * repositories against git. Prints the numbers and writes them as Markdown under {@code target/bench/}.
 */
public final class IngestBenchmark implements BenchCommand.Benchmark {

    private static final String WORKSPACE = "bench";
    private static final Duration TIMEOUT = Duration.ofHours(2);
    /**
     * A scrape of /metrics costs the server about 0.1 s of CPU (every subsystem's metrics are read through the
     * management model): every 2 s took half the server's CPU in a profile, every 10 s keeps it near 1%.
     */
    private static final Duration HEAP_EVERY = Duration.ofSeconds(10);

    @Override
    public int run(Path root, BenchOptions options) throws Exception {
        Path cache = root.resolve("target/bench");
        System.out.printf("Workspace: %d repositories, %,d commits, seed %d (cached under %s)%n",
                options.repositories(), options.commits(), options.seed(), cache);
        GeneratedWorkspace workspace = GeneratedWorkspace.in(cache, new WorkspaceSpec(options.repositories(), options.commits(), options.seed()));
        double generation = workspace.generation().map(d -> d.toMillis() / 1000.0).orElse(0.0);
        System.out.println(generation > 0 ? String.format("Generated in %.0f s", generation) : "Reused the cached workspace");

        IngestResult result;
        try (BenchSystem system = BenchSystem.start(root, options, WORKSPACE, workspace.repositories(), workspace.noAccount())) {
            System.out.println("System up: WildFly at " + system.appBase() + ", simulator at " + system.simulator().baseUrl());
            result = measure(system, workspace, options, generation);
        }
        String markdown = IngestReport.markdown(result, machine());
        Path file = cache.resolve("ingest-" + options.commits() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.writeString(file, markdown);
        System.out.println();
        System.out.println(markdown);
        System.out.println("Written to " + file);
        return result.verified() ? 0 : 1;
    }

    private IngestResult measure(BenchSystem system, GeneratedWorkspace workspace, BenchOptions options, double generation)
            throws Exception {
        CpuSnapshot before = CpuSnapshot.of(system);
        long started = System.nanoTime();
        String state;
        try (HeapSampler heap = new HeapSampler(URI.create(system.management() + "/metrics"), HEAP_EVERY)) {
            LifecycleResult installed = system.install();
            UUID tenant = system.tenant(installed.clientKey());
            state = awaitSync(system, tenant, started);
            double wall = (System.nanoTime() - started) / 1e9;
            CpuSnapshot cpu = CpuSnapshot.of(system).minus(before);
            heap.sample();
            System.out.printf("Sync %s after %.1f s; checking against git ...%n", state, wall);

            List<PerDayCheck.Outcome> checks = new ArrayList<>();
            List<Path> repositories = workspace.repositories();
            for (int i = repositories.size() - 1; i >= Math.max(0, repositories.size() - options.verify()); i--) {
                String slug = workspace.spec().repositoryName(i);
                checks.add(PerDayCheck.check(system, tenant, repositories.get(i), slug));
            }
            Map<String, Long> byEndpoint = new java.util.TreeMap<>();
            system.simulator().counters().toJson(false).getJsonObject("endpoints")
                    .forEach((endpoint, n) -> byEndpoint.put(endpoint, ((JsonNumber) n).longValue()));
            try (Connection owner = system.owner()) {
                long execution = single(owner, "select job_execution_id from tenant_sync where tenant_id = '" + tenant + "'", tenant);
                return new IngestResult(options, state, generation, wall, steps(owner, execution),
                        single(owner, "select count(*) from commit", tenant),
                        single(owner, "select count(*) from commit where parent_count > 1", tenant),
                        single(owner, "select count(*) from commit_file", tenant),
                        single(owner, "select count(*) from identity", tenant),
                        single(owner, "select count(*) from pull_request", tenant),
                        system.simulator().counters().total(), byEndpoint, heap.maxBytes(), heap.samples(), cpu, checks);
            }
        }
    }

    /** Polls the sync state each second, printing progress every 15 s, until it is neither queued nor running. */
    private static String awaitSync(BenchSystem system, UUID tenant, long started) throws Exception {
        long lastPrint = 0;
        String lastPhase = "";
        while (System.nanoTime() - started < TIMEOUT.toNanos()) {
            try (Connection owner = system.owner()) {
                BenchSystem.enter(owner, tenant);
                String[] sync = row(owner, "select state, phase from tenant_sync");
                double elapsed = (System.nanoTime() - started) / 1e9;
                if (sync != null && !sync[1].equals(lastPhase)) {
                    System.out.printf("%7.1f s  phase %s%n", elapsed, sync[1]);
                    lastPhase = sync[1];
                }
                if (sync != null && !sync[0].equals("running") && !sync[0].equals("queued")) {
                    return sync[0];
                }
                if (elapsed - lastPrint >= 15) {
                    lastPrint = (long) elapsed;
                    String[] progress = row(owner, """
                            select coalesce(sum(done) filter (where phase = 'commits'), 0),
                                   coalesce(sum(done) filter (where phase = 'diffstats'), 0) from repository_sync""");
                    System.out.printf("%7.1f s  commits %s, diffstats %s%n", elapsed, progress[0], progress[1]);
                }
                owner.rollback();
            }
            Thread.sleep(1000);
        }
        return "timed out";
    }

    /** Seconds per step of the job execution, from JBeret's job repository. */
    private static Map<String, Double> steps(Connection owner, long execution) throws SQLException {
        Map<String, Double> steps = new LinkedHashMap<>();
        owner.setAutoCommit(true);
        try (PreparedStatement select = owner.prepareStatement("""
                select stepname, extract(epoch from (endtime - starttime)) from step_execution
                where jobexecutionid = ? order by stepexecutionid""")) {
            select.setLong(1, execution);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    steps.merge(rows.getString(1), rows.getDouble(2), Double::sum);
                }
            }
        }
        return steps;
    }

    private static long single(Connection owner, String sql, UUID tenant) throws SQLException {
        BenchSystem.enter(owner, tenant);
        String[] row = row(owner, sql);
        owner.rollback();
        return Long.parseLong(row[0]);
    }

    private static String[] row(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return null;
            }
            String[] values = new String[row.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getString(i + 1);
            }
            return values;
        }
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse(cpu);
        } catch (Exception e) {
            // keep the default
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), Java " + System.getProperty("java.version");
    }
}
