package com.bitgraphs.simulator.git;

import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * Reads one commit's details, cached by hash in its repository.
 */
public final class CommitReader {
    private CommitReader() {
    }

    public static CommitRecord read(ServedRepository served, String revision) {
        var known = served.commits.get(revision);
        if (known != null) {
            // a full hash seen before: no need to look it up in the object database again
            return known;
        }
        String hash = CommitLog.resolve(served.git(), revision).name();
        return served.commits.computeIfAbsent(hash, h -> load(served, h));
    }

    private static CommitRecord load(ServedRepository served, String hash) {
        try (RevWalk walk = new RevWalk(served.git())) {
            RevCommit commit = walk.parseCommit(CommitLog.resolve(served.git(), hash));
            PersonIdent author = commit.getAuthorIdent();
            OffsetDateTime date = OffsetDateTime.ofInstant(author.getWhenAsInstant(), author.getZoneId());
            return new CommitRecord(hash, author.getName(), author.getEmailAddress(), date,
                    commit.getFullMessage(),
                    Arrays.stream(commit.getParents()).map(RevCommit::name).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
