package com.bitgraphs.bitbucket.entity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A commit. There is no email field: the author's name and email are in {@code author.raw}
 * ({@code Name <email>}), and {@code author.user} is present when Bitbucket knows the email.
 */
public record Commit(String hash, OffsetDateTime date, String message, Author author, List<Parent> parents) {

    public Commit {
        parents = parents == null ? List.of() : List.copyOf(parents);
    }

    public boolean isMerge() {
        return parents.size() > 1;
    }

    public record Author(String raw, Account user) {
    }

    public record Parent(String hash) {
    }
}
