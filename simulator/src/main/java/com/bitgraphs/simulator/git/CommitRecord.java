package com.bitgraphs.simulator.git;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the API tells about one commit; immutable, so cached by hash.
 *
 * @param authorDate the author date with the author's own offset, Bitbucket's {@code date}
 */
public record CommitRecord(String hash, String authorName, String authorEmail, OffsetDateTime authorDate,
                           String message, List<String> parents) {

    /** Bitbucket's {@code author.raw}. */
    public String rawAuthor() {
        return authorName + " <" + authorEmail + ">";
    }

    public boolean isMerge() {
        return parents.size() > 1;
    }
}
