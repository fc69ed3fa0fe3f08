package com.bitgraphs.bench.workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The commands of {@code git fast-import}'s input language that the generator needs, written to its standard
 * input: blobs with marks, commits with parents and file changes, tags, and branch deletion.
 */
final class FastImportStream {

    private static final String NO_COMMIT = "0".repeat(40);

    private final OutputStream out;

    FastImportStream(OutputStream out) {
        this.out = out;
    }

    void blob(int mark, byte[] content) throws IOException {
        text("blob\nmark :" + mark + "\n");
        data(content);
    }

    /** Starts a commit; file changes follow, then {@link #endCommit()}. */
    void commit(String branch, int mark, Author author, long epochSecond, String message, Integer from, Integer merge)
            throws IOException {
        String person = author.name() + " <" + author.email() + "> " + epochSecond + " " + author.gitZone() + "\n";
        text("commit refs/heads/" + branch + "\nmark :" + mark + "\nauthor " + person + "committer " + person);
        data(message.getBytes(StandardCharsets.UTF_8));
        if (from != null) {
            text("from :" + from + "\n");
        }
        if (merge != null) {
            text("merge :" + merge + "\n");
        }
    }

    void modify(String path, int blobMark, boolean executable) throws IOException {
        text("M " + (executable ? "100755" : "100644") + " :" + blobMark + " " + path + "\n");
    }

    void delete(String path) throws IOException {
        text("D " + path + "\n");
    }

    void rename(String from, String to) throws IOException {
        text("R " + from + " " + to + "\n");
    }

    void endCommit() throws IOException {
        text("\n");
    }

    /** A lightweight tag on a commit. */
    void tag(String name, int commitMark) throws IOException {
        text("reset refs/tags/" + name + "\nfrom :" + commitMark + "\n\n");
    }

    /** Deletes a branch, as a merged pull request's source branch is deleted. */
    void deleteBranch(String branch) throws IOException {
        text("reset refs/heads/" + branch + "\nfrom " + NO_COMMIT + "\n\n");
    }

    private void data(byte[] content) throws IOException {
        text("data " + content.length + "\n");
        out.write(content);
        text("\n");
    }

    private void text(String command) throws IOException {
        out.write(command.getBytes(StandardCharsets.UTF_8));
    }
}
