package com.bitgraphs.graphs.entity;

import java.time.Instant;
import java.util.List;

/** The answers of the pull-request reports; hours are fractional, null where the data has no such time. */
public final class PullRequestReports {

    private PullRequestReports() {
    }

    /** Per period, and cumulative since the workspace's first pull request. */
    public record Throughput(String period, long created, long merged, long declined,
                             long cumulativeCreated, long cumulativeMerged, long cumulativeDeclined) {
    }

    /** {@code toHours} null: the last, open-ended bin. */
    public record Bin(double fromHours, Double toHours, long count) {
    }

    public record ResolutionGroup(String state, String destination, long count, Double medianHours, Double p25Hours,
                                  Double p75Hours, List<Bin> histogram) {
    }

    public record Phase(Double median, Double mean) {
    }

    /** Phases are null where the data lacks them (Bitbucket says nothing of when work on a branch began). */
    public record CycleTime(long count, Phase timeToOpen, Phase timeToFirstReview, Phase timeToApproval, Phase timeToMerge) {
    }

    public record OpenPullRequest(String repository, long id, String title, PersonRef author, Instant createdOn, long ageDays) {
    }

    public record Reviewer(PersonRef reviewer, long approvals, long participations) {
    }
}
