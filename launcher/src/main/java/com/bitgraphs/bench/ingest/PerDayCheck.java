package com.bitgraphs.bench.ingest;

import com.bitgraphs.bench.BenchSystem;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The benchmark's correctness check, cheap enough for a large workspace: for one repository, commits per UTC
 * day as {@code git log --branches --tags} counts them, and lines added and removed per day by non-merge
 * commits as {@code git log --no-merges --numstat -M} counts them, against what Bitgraphs stored.
 */
final class PerDayCheck {

    record Outcome(String repository, int days, boolean commitsMatch, boolean linesMatch) {
    }

    private PerDayCheck() {
    }

    static Outcome check(BenchSystem system, UUID tenant, Path repository, String slug) throws Exception {
        Map<String, String> gitCommits = new TreeMap<>();
        Map<String, long[]> counts = new TreeMap<>();
        for (String date : git(repository, "log", "--branches", "--tags", "--format=%aI")) {
            counts.computeIfAbsent(day(date), d -> new long[1])[0]++;
        }
        counts.forEach((day, n) -> gitCommits.put(day, Long.toString(n[0])));
        Map<String, long[]> lines = new TreeMap<>();
        String day = null;
        for (String line : git(repository, "log", "--branches", "--tags", "--no-merges", "--numstat", "-M", "--format=@%aI")) {
            if (line.startsWith("@")) {
                day = day(line.substring(1));
                lines.computeIfAbsent(day, d -> new long[2]);
            } else if (!line.isBlank()) {
                String[] parts = line.split("\t");
                lines.get(day)[0] += parts[0].equals("-") ? 0 : Long.parseLong(parts[0]);
                lines.get(day)[1] += parts[1].equals("-") ? 0 : Long.parseLong(parts[1]);
            }
        }
        Map<String, String> gitLines = new TreeMap<>();
        lines.forEach((d, n) -> gitLines.put(d, n[0] + " " + n[1]));

        Map<String, String> storedCommits = stored(system, tenant, slug, """
                select to_char(c.authored_at at time zone 'UTC', 'YYYY-MM-DD'), count(*)::text
                from commit c join repository r on r.id = c.repository_id where r.slug = ? group by 1""");
        Map<String, String> storedLines = stored(system, tenant, slug, """
                select to_char(c.authored_at at time zone 'UTC', 'YYYY-MM-DD'), sum(c.lines_added) || ' ' || sum(c.lines_removed)
                from commit c join repository r on r.id = c.repository_id where r.slug = ? and c.parent_count < 2 group by 1""");
        return new Outcome(slug, gitCommits.size(), gitCommits.equals(storedCommits), gitLines.equals(storedLines));
    }

    private static Map<String, String> stored(BenchSystem system, UUID tenant, String slug, String sql) throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection owner = system.owner()) {
            BenchSystem.enter(owner, tenant);
            try (PreparedStatement select = owner.prepareStatement(sql)) {
                select.setString(1, slug);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows.put(row.getString(1), row.getString(2));
                    }
                }
            }
            owner.rollback();
        }
        return rows;
    }

    private static List<String> git(Path repository, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "--git-dir=" + repository));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new String(process.getInputStream().readAllBytes()).lines().toList();
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed");
        }
        return lines;
    }

    private static String day(String isoDate) {
        return OffsetDateTime.parse(isoDate).toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
