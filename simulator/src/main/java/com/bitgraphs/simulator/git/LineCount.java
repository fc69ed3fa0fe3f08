package com.bitgraphs.simulator.git;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * Lines added and removed between two versions of a file, as {@code git diff --numstat} counts them: Myers diff
 * (minimal, git's default) rather than JGit's histogram default, and git's own binary test (a NUL byte in the first
 * 8000 bytes) rather than JGit's, which also calls text with a lone CR binary. A last line without its newline is
 * another line than the same text with one, as git counts it ({@code \ No newline at end of file}); JGit would
 * call them equal.
 */
public record LineCount(int added, int removed) {
    private static final int GIT_BINARY_PROBE = 8000;
    private static final DiffAlgorithm MYERS = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.MYERS);
    static final LineCount NONE = new LineCount(0, 0);

    public static LineCount between(byte[] before, byte[] after) {
        if (isBinary(before) || isBinary(after)) {
            return NONE;
        }
        EditList edits = MYERS.diff(RawTextComparator.DEFAULT, new RawText(gitsLastLine(before)), new RawText(gitsLastLine(after)));
        int added = 0;
        int removed = 0;
        for (Edit edit : edits) {
            added += edit.getLengthB();
            removed += edit.getLengthA();
        }
        return new LineCount(added, removed);
    }

    /** Marks an unterminated last line with a NUL, a byte no text line holds, so it differs from its terminated twin. */
    private static byte[] gitsLastLine(byte[] content) {
        if (content.length == 0 || content[content.length - 1] == '\n') {
            return content;
        }
        byte[] marked = java.util.Arrays.copyOf(content, content.length + 2);
        marked[content.length] = 0;
        marked[content.length + 1] = '\n';
        return marked;
    }

    static boolean isBinary(byte[] content) {
        int probe = Math.min(content.length, GIT_BINARY_PROBE);
        for (int i = 0; i < probe; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
