package com.bitgraphs.graphs.control;

import org.eclipse.jgit.ignore.FastIgnoreRule;

import java.util.ArrayList;
import java.util.List;

/**
 * A repository's file exclusions in .gitignore syntax, matched by JGit's {@link FastIgnoreRule}, git's own
 * rules: the last matching line decides, {@code !} re-includes, a trailing {@code /} matches directories only,
 * and a file inside an excluded directory is excluded.
 */
public final class PathExclusions {

    public static final PathExclusions NONE = new PathExclusions(List.of());

    private final List<FastIgnoreRule> rules;

    private PathExclusions(List<FastIgnoreRule> rules) {
        this.rules = rules;
    }

    /** Blank lines and {@code #} comments are skipped, as in a .gitignore file. */
    public static PathExclusions of(List<String> patterns) {
        List<FastIgnoreRule> rules = new ArrayList<>();
        for (String pattern : patterns) {
            if (!pattern.isBlank() && !pattern.startsWith("#")) {
                rules.add(new FastIgnoreRule(pattern));
            }
        }
        return new PathExclusions(List.copyOf(rules));
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** Whether a file at this repository path is excluded. */
    public boolean excludes(String path) {
        if (rules.isEmpty() || path == null) {
            return false;
        }
        // Git never re-includes a file whose parent directory is excluded: check each directory first
        String[] segments = path.split("/");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < segments.length - 1; i++) {
            prefix.append(i == 0 ? "" : "/").append(segments[i]);
            if (decide(prefix.toString(), true)) {
                return true;
            }
        }
        return decide(path, false);
    }

    private boolean decide(String path, boolean directory) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            FastIgnoreRule rule = rules.get(i);
            if (rule.isMatch(path, directory, true)) {
                return rule.getResult();
            }
        }
        return false;
    }
}
