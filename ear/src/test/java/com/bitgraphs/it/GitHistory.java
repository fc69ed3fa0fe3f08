package com.bitgraphs.it;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every commit of a repository's branches and tags as git itself reports it ({@code git log --numstat -M}): the
 * oracle the report tests compute their expected numbers from. Merge commits list no files, as their lines
 * count on the commits they bring in.
 */
record GitHistory(List<GitHistory.GitCommit> commits) {

    record FileLines(String path, long added, long removed) {
    }

    record GitCommit(String hash, String name, String email, Instant date, boolean merge, List<FileLines> files) {

        long added(Predicate<String> excluded) {
            return files.stream().filter(f -> !excluded.test(f.path())).mapToLong(FileLines::added).sum();
        }

        long removed(Predicate<String> excluded) {
            return files.stream().filter(f -> !excluded.test(f.path())).mapToLong(FileLines::removed).sum();
        }
    }

    static GitHistory of(Path repository) {
        List<GitCommit> commits = new ArrayList<>();
        List<FileLines> files = null;
        for (String line : Git.lines(repository, "log", "--branches", "--tags", "--numstat", "-M",
                "--format=@%H%x09%an%x09%ae%x09%aI%x09%P")) {
            if (line.startsWith("@")) {
                String[] parts = line.substring(1).split("\t", -1);
                files = new ArrayList<>();
                commits.add(new GitCommit(parts[0], parts[1], parts[2], OffsetDateTime.parse(parts[3]).toInstant(),
                        parts[4].trim().contains(" "), files));
            } else if (!line.isBlank()) {
                String[] parts = line.split("\t", 3);
                files.add(new FileLines(newPath(parts[2]), parts[0].equals("-") ? 0 : Long.parseLong(parts[0]),
                        parts[1].equals("-") ? 0 : Long.parseLong(parts[1])));
            }
        }
        return new GitHistory(List.copyOf(commits));
    }

    /** A rename is shown as {@code dir/{old => new}/file} or {@code old => new}: the path after the commit. */
    static String newPath(String shown) {
        int open = shown.indexOf('{');
        int arrow = shown.indexOf(" => ");
        if (arrow < 0) {
            return shown;
        }
        if (open >= 0 && open < arrow) {
            int close = shown.indexOf('}', arrow);
            String path = shown.substring(0, open) + shown.substring(arrow + 4, close) + shown.substring(close + 1);
            return path.replace("//", "/");
        }
        return shown.substring(arrow + 4);
    }
}
