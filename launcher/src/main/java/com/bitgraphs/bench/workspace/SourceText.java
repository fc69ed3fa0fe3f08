package com.bitgraphs.bench.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plausible source lines and edits to them. Every generated line carries a fresh number, so no two lines are
 * alike and every diff algorithm (git's, JGit's) counts the same lines added and removed.
 */
final class SourceText {

    private static final String[] WORDS = {"buffer", "count", "limit", "tenant", "repo", "page", "cursor", "total",
        "offset", "window", "author", "commit", "branch", "merge", "diff", "stat", "cache", "queue", "budget", "chunk"};

    private final Random random;
    private long serial;

    SourceText(Random random) {
        this.random = random;
    }

    String line() {
        String a = word();
        String b = word();
        long n = ++serial;
        // Concatenation, not String.format: a large workspace has millions of lines
        return switch (random.nextInt(7)) {
            case 0 -> "    int " + a + n + " = compute(" + b + ", " + n + ");";
            case 1 -> "    return " + a + ".apply(" + b + ", " + n + ");";
            case 2 -> "    if (" + a + " > " + n + ") { " + b + ".reset(); }";
            case 3 -> "    // " + a + ": keep " + b + " under " + n;
            case 4 -> "    log.debug(\"" + a + " {} " + b + "\", " + n + ");";
            case 5 -> "    " + a + ".add(new Entry(\"" + b + "\", " + n + "));";
            default -> "  private final long " + a + n + " = " + n + "; // " + b;
        };
    }

    List<String> newFile(int lines) {
        List<String> text = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            text.add(line());
        }
        return text;
    }

    /**
     * A typical edit: a few lines replaced, some added, some removed; now and then a larger rewrite. Files that
     * grew long lose more than they gain.
     */
    List<String> edit(List<String> before) {
        List<String> after = new ArrayList<>(before);
        boolean rewrite = random.nextInt(10) == 0;
        int replaced = rewrite ? 1 + random.nextInt(Math.max(1, after.size() / 2)) : random.nextInt(4);
        int added = rewrite ? random.nextInt(20) : random.nextInt(6);
        int removed = after.size() > 80 ? 5 + random.nextInt(20) : random.nextInt(3);
        for (int i = 0; i < replaced && !after.isEmpty(); i++) {
            after.set(random.nextInt(after.size()), line());
        }
        for (int i = 0; i < removed && after.size() > 1; i++) {
            after.remove(random.nextInt(after.size()));
        }
        for (int i = 0; i < added || after.isEmpty(); i++) {
            after.add(random.nextInt(after.size() + 1), line());
        }
        return after;
    }

    /** A small edit that keeps a renamed file well above git's 50% similarity, so it stays a rename. */
    List<String> touch(List<String> before) {
        List<String> after = new ArrayList<>(before);
        after.add(random.nextInt(after.size() + 1), line());
        return after;
    }

    byte[] binary() {
        byte[] bytes = new byte[200 + random.nextInt(3000)];
        random.nextBytes(bytes);
        bytes[0] = (byte) 0x89;
        bytes[1] = 0; // a NUL makes git call it binary
        return bytes;
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
