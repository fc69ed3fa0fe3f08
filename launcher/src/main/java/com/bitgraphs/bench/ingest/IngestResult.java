package com.bitgraphs.bench.ingest;

import com.bitgraphs.bench.BenchOptions;
import com.bitgraphs.bench.CpuSnapshot;

import java.util.List;
import java.util.Map;

/**
 * What one ingestion run measured, and the rates derived from it.
 *
 * @param wallSeconds  from the install to the sync status saying done
 * @param stepSeconds  per backfill step (job repository), in job order
 * @param apiCalls     simulator's count of API calls, and per endpoint
 * @param heapMaxBytes the largest heap in use the samples saw
 */
record IngestResult(BenchOptions options, String state, double generationSeconds, double wallSeconds,
                    Map<String, Double> stepSeconds, long commits, long mergeCommits, long commitFiles, long identities,
                    long pullRequests, long apiCalls, Map<String, Long> apiCallsByEndpoint, long heapMaxBytes,
                    long heapSamples, CpuSnapshot cpu, List<PerDayCheck.Outcome> checks) {

    double commitsPerSecond() {
        return commits / wallSeconds;
    }

    double listingCommitsPerSecond() {
        Double listing = stepSeconds.get("commits");
        return listing == null || listing == 0 ? Double.NaN : commits / listing;
    }

    double diffstatsPerSecond() {
        Double diffstats = stepSeconds.get("diffstats");
        return diffstats == null || diffstats == 0 ? Double.NaN : (commits - mergeCommits) / diffstats;
    }

    double rowsPerSecond() {
        return (commits + commitFiles) / wallSeconds;
    }

    double callsPerCommit() {
        return (double) apiCalls / commits;
    }

    /** CPU seconds the system itself used: simulator, server and PostgreSQL. */
    double systemCpuSeconds() {
        return cpu.simulator() + cpu.server() + cpu.database();
    }

    /**
     * An extrapolation, not a measurement: the end-to-end rate if the system had both cores to itself and kept
     * them busy, from the CPU it used per commit. On a shared machine this is the better guide to capacity.
     */
    double projectedOnTwoIdleCores() {
        return 2 * commits / systemCpuSeconds();
    }

    boolean verified() {
        return state.equals("done") && checks.stream().allMatch(c -> c.commitsMatch() && c.linesMatch());
    }
}
