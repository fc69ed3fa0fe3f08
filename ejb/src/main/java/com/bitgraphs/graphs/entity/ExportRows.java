package com.bitgraphs.graphs.entity;

import java.time.Instant;

/** The rows of the streamed exports, handed one at a time to a sink that writes them out. */
public final class ExportRows {

    private ExportRows() {
    }

    /** Lines are after file exclusions; null while the commit's diffstat is not read yet. */
    public record CommitRow(Instant date, String authorName, String authorEmail, String bitbucketUser, String repository,
                            String hash, boolean merge, Integer linesAdded, Integer linesRemoved) {
    }

    public record PullRequestRow(String repository, long id, String title, String state, String author, Instant createdOn,
                                 Instant updatedOn, Instant mergedOrDeclinedOn, String destination, String reviewers,
                                 long approvals, Double timeToFirstReviewHours, Double timeToMergeHours) {
    }

    /** Receives rows as they are read; may throw the I/O failure of the response it writes to. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(T row) throws java.io.IOException;
    }
}
