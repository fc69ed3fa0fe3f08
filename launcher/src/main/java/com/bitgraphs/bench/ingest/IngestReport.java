package com.bitgraphs.bench.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A run's numbers as Markdown, ready to paste into docs/benchmarks.md. */
final class IngestReport {

    private IngestReport() {
    }

    static String markdown(IngestResult r, String machine) {
        StringBuilder md = new StringBuilder();
        md.append("### ").append(String.format(Locale.ROOT, "%,d commits in %d repositories (seed %d)",
                r.commits(), r.options().repositories(), r.options().seed())).append("\n\n");
        md.append("Machine: ").append(machine).append("\n\n");
        md.append("| measure | value |\n| --- | --- |\n");
        row(md, "sync state at the end", r.state());
        row(md, "commits stored (merges)", f("%,d (%,d)", r.commits(), r.mergeCommits()));
        row(md, "commit_file rows", f("%,d", r.commitFiles()));
        row(md, "identities, pull requests", f("%,d, %,d", r.identities(), r.pullRequests()));
        row(md, "wall time, install to done", f("%.1f s", r.wallSeconds()));
        row(md, "**commits/s end to end, with lines**", f("**%.0f**", r.commitsPerSecond()));
        row(md, "commits/s, commit listing step alone", f("%.0f", r.listingCommitsPerSecond()));
        row(md, "diffstats/s, diffstat step alone", f("%.0f", r.diffstatsPerSecond()));
        row(md, "rows/s written (commit + commit_file)", f("%.0f", r.rowsPerSecond()));
        row(md, "API calls (per commit)", f("%,d (%.3f)", r.apiCalls(), r.callsPerCommit()));
        row(md, "server heap in use, max of samples", f("%.0f MB (%d samples)", r.heapMaxBytes() / 1e6, r.heapSamples()));
        row(md, "steps", r.stepSeconds().entrySet().stream()
                .map(e -> e.getKey() + " " + f("%.1f s", e.getValue())).collect(Collectors.joining(", ")));
        row(md, "CPU s: simulator / server / PostgreSQL / rest of machine", f("%.0f / %.0f / %.0f / %.0f (of %.0f available on 2 cores)",
                r.cpu().simulator(), r.cpu().server(), r.cpu().database(), r.cpu().others(), 2 * r.wallSeconds()));
        row(md, "system CPU per 1,000 commits (simulator + server + PostgreSQL)", f("%.1f s", 1000 * r.systemCpuSeconds() / r.commits()));
        row(md, "share of the 2 cores the system got", f("%.0f %%", 100 * r.systemCpuSeconds() / (2 * r.wallSeconds())));
        row(md, "_extrapolated_: commits/s end to end on 2 idle cores", f("_%.0f_", r.projectedOnTwoIdleCores()));
        row(md, "API calls by endpoint", r.apiCallsByEndpoint().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        row(md, "checked against git (per-day commits, lines)", r.checks().stream()
                .map(c -> c.repository() + ": " + c.days() + " days, commits " + (c.commitsMatch() ? "equal" : "DIFFER")
                        + ", lines " + (c.linesMatch() ? "equal" : "DIFFER"))
                .collect(Collectors.joining("; ")));
        if (r.generationSeconds() > 0) {
            row(md, "workspace generation (not in the times above)", f("%.0f s", r.generationSeconds()));
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String measure, String value) {
        md.append("| ").append(measure).append(" | ").append(value).append(" |\n");
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static Map<String, Long> sorted(Map<String, Long> map) {
        return new java.util.TreeMap<>(map);
    }
}
