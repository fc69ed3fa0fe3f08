package com.bitgraphs.bench.workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What to generate: how many repositories, how many commits in all, and the seed everything is drawn from.
 * Repositories differ in size as real ones do (a few large, many small); together they hold exactly the commits
 * asked for.
 */
public record WorkspaceSpec(int repositories, int commits, long seed) {

    /** Five years of history. */
    static final Instant START = Instant.parse("2021-01-01T08:00:00Z");
    static final Instant END = Instant.parse("2025-12-31T18:00:00Z");

    private static final String[] NAMES = {"billing-service", "web-app", "mobile-app", "platform-core", "auth-gateway",
        "data-pipeline", "search-indexer", "notifications", "admin-console", "reporting", "infra-terraform",
        "design-system", "payments", "inventory", "analytics-etl", "customer-portal", "docs-site", "load-tests",
        "ml-models", "legacy-monolith"};

    public WorkspaceSpec {
        if (repositories < 1 || commits < repositories) {
            throw new IllegalArgumentException("need at least one repository and one commit per repository");
        }
    }

    public String repositoryName(int index) {
        return index < NAMES.length ? NAMES[index] : NAMES[index % NAMES.length] + "-" + (index / NAMES.length + 1);
    }

    /** Commits per repository, summing to {@link #commits()}: weights falling with the square root of rank. */
    public List<Integer> commitsPerRepository() {
        double[] weights = new double[repositories];
        double sum = 0;
        for (int i = 0; i < repositories; i++) {
            weights[i] = 1 / Math.sqrt(i + 1);
            sum += weights[i];
        }
        List<Integer> counts = new ArrayList<>();
        int assigned = 0;
        for (int i = 0; i < repositories; i++) {
            int count = Math.max(1, (int) Math.floor(commits * weights[i] / sum));
            counts.add(count);
            assigned += count;
        }
        // Rounding leaves a few commits over or short; the largest repository takes the difference
        counts.set(0, counts.get(0) + commits - assigned);
        return List.copyOf(counts);
    }

    /** A repository's first commit: some start later than others, all end in the last year. */
    Instant start(int index) {
        long year = 365L * 24 * 3600;
        return START.plusSeconds(new Random(seed + index).nextLong(year));
    }

    /** The directory name that identifies this workspace in the cache. */
    String cacheKey() {
        return "workspace-r" + repositories + "-c" + commits + "-s" + seed + "-v1";
    }
}
