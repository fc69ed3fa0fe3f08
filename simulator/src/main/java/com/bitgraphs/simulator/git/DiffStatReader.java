package com.bitgraphs.simulator.git;

import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A commit's diffstat against its first parent (the empty tree for a root commit), with git's default rename
 * detection (50% similarity), one entry per file, cached by hash.
 */
public final class DiffStatReader {
    private static final int GIT_RENAME_SCORE = 50;
    private static final int GIT_RENAME_LIMIT = 1000;

    private DiffStatReader() {
    }

    public static List<FileChange> read(ServedRepository served, String revision) {
        var known = served.diffstats.get(revision);
        if (known != null) {
            // a full hash seen before: no need to look it up in the object database again
            return known;
        }
        String hash = CommitLog.resolve(served.git(), revision).name();
        return served.diffstats.computeIfAbsent(hash, h -> load(served, h));
    }

    private static List<FileChange> load(ServedRepository served, String hash) {
        try (RevWalk walk = new RevWalk(served.git()); ObjectReader reader = served.git().newObjectReader();
             TreeWalk tree = new TreeWalk(reader)) {
            RevCommit commit = walk.parseCommit(CommitLog.resolve(served.git(), hash));
            if (commit.getParentCount() == 0) {
                tree.addTree(new EmptyTreeIterator());
            } else {
                tree.addTree(walk.parseCommit(commit.getParent(0)).getTree());
            }
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            RenameDetector renames = new RenameDetector(reader, served.git().getConfig().get(
                    DiffConfig.KEY));
            renames.setRenameScore(GIT_RENAME_SCORE);
            renames.setRenameLimit(GIT_RENAME_LIMIT);
            renames.addAll(DiffEntry.scan(tree));
            List<FileChange> changes = new ArrayList<>();
            for (DiffEntry entry : renames.compute(reader, NullProgressMonitor.INSTANCE)) {
                changes.add(toChange(reader, entry));
            }
            return List.copyOf(changes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CanceledException e) {
            throw new IllegalStateException("Rename detection cancelled", e);
        }
    }

    private static FileChange toChange(ObjectReader reader, DiffEntry entry) throws IOException {
        LineCount lines = LineCount.between(content(reader, entry.getOldId(), entry.getOldMode()),
                content(reader, entry.getNewId(), entry.getNewMode()));
        return switch (entry.getChangeType()) {
            case ADD, COPY -> new FileChange("added", null, entry.getNewPath(), lines.added(), lines.removed());
            case DELETE -> new FileChange("removed", entry.getOldPath(), null, lines.added(), lines.removed());
            case RENAME -> new FileChange("renamed", entry.getOldPath(), entry.getNewPath(),
                    lines.added(), lines.removed());
            case MODIFY -> new FileChange("modified", entry.getOldPath(), entry.getNewPath(),
                    lines.added(), lines.removed());
        };
    }

    private static byte[] content(ObjectReader reader, AbbreviatedObjectId id, FileMode mode) throws IOException {
        if (mode == FileMode.MISSING || id == null || id.toObjectId().equals(ObjectId.zeroId())) {
            return new byte[0];
        }
        if (mode == FileMode.GITLINK) {
            // git diffs a submodule as the one line "Subproject commit <hash>"
            return ("Subproject commit " + id.name() + "\n").getBytes(StandardCharsets.US_ASCII);
        }
        return reader.open(id.toObjectId()).getCachedBytes(Integer.MAX_VALUE);
    }
}
