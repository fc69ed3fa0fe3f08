package com.bitgraphs.graphs.entity;

/** Commits and the lines they added and removed (after file exclusions; merge commits bring no lines). */
public record Totals(long commits, long linesAdded, long linesRemoved) {

    public static final Totals ZERO = new Totals(0, 0, 0);

    public Totals plus(Totals other) {
        return new Totals(commits + other.commits, linesAdded + other.linesAdded, linesRemoved + other.linesRemoved);
    }
}
