package com.bitgraphs.graphs.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The answers of the commit reports. */
public final class CommitReports {

    private CommitReports() {
    }

    /** One period of a series; {@code period} is its label ({@link Grouping#label}). */
    public record PeriodTotals(String period, Totals totals) {
    }

    public record Contributor(PersonRef author, Totals totals, Instant firstCommit, Instant lastCommit, List<PeriodTotals> series) {
    }

    public record DayContributions(LocalDate date, long commits, long pullRequests) {
    }

    public record Contributions(PersonRef user, LocalDate since, LocalDate until, List<DayContributions> days) {
        public long totalCommits() {
            return days.stream().mapToLong(DayContributions::commits).sum();
        }

        public long totalPullRequests() {
            return days.stream().mapToLong(DayContributions::pullRequests).sum();
        }
    }

    /** A week's lines and the running total of lines (added minus removed) since the first commit. */
    public record WeekFrequency(String week, long linesAdded, long linesRemoved, long totalLines) {
    }

    /** ISO weekday 1 (Monday) to 7, hour 0 to 23 in the caller's zone. */
    public record PunchCell(int weekday, int hour, long commits) {
    }

    public record PersonCommits(PersonRef author, long commits) {
    }

    public record PeriodCommitters(String period, List<PersonCommits> committers) {
    }
}
