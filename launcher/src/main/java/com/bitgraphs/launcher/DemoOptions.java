package com.bitgraphs.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ./bitgraphs demo [--repo PATH]... [--workspace SLUG] [--no-account EMAIL]...}: the git repositories
 * the simulator serves (this project's own by default), its workspace, and authors without a Bitbucket account.
 */
public record DemoOptions(List<Path> repositories, String workspace, Set<String> noAccount) {

    public static DemoOptions parse(List<String> args, Path projectRoot) {
        List<Path> repositories = new ArrayList<>();
        Set<String> noAccount = new LinkedHashSet<>();
        String workspace = "demo";
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            if (value == null) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            switch (option) {
                case "--repo" -> repositories.add(gitRepository(Path.of(value)));
                case "--workspace" -> workspace = slug(value);
                case "--no-account" -> noAccount.add(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
            i++;
        }
        if (repositories.isEmpty()) {
            repositories.add(gitRepository(projectRoot));
        }
        return new DemoOptions(List.copyOf(repositories), workspace, Set.copyOf(noAccount));
    }

    private static Path gitRepository(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        boolean worktree = Files.exists(absolute.resolve(".git"));
        boolean bare = Files.isDirectory(absolute.resolve("objects")) && Files.exists(absolute.resolve("HEAD"));
        if (!worktree && !bare) {
            throw new IllegalArgumentException(absolute + " is not a git repository");
        }
        return absolute;
    }

    private static String slug(String value) {
        if (!value.matches("[a-z0-9][a-z0-9_-]{0,61}")) {
            throw new IllegalArgumentException("--workspace must be a lowercase slug: letters, digits, - and _");
        }
        return value;
    }
}
