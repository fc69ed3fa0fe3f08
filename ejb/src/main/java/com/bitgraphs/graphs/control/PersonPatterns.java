package com.bitgraphs.graphs.control;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The workspace's excluded-people patterns: globs ({@code *} any run of characters, {@code ?} one character,
 * everything else literal, brackets included, so {@code *[bot]*} means the text "[bot]"), case-insensitive,
 * each matched against the whole of a name or an email.
 */
public final class PersonPatterns {

    private final List<Pattern> patterns;

    private PersonPatterns(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    public static PersonPatterns of(List<String> globs) {
        return new PersonPatterns(globs.stream().filter(glob -> !glob.isBlank()).map(PersonPatterns::compile).toList());
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** True when any pattern matches the name or the email. */
    public boolean matches(String name, String email) {
        for (Pattern pattern : patterns) {
            if (matches(pattern, name) || matches(pattern, email)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Pattern pattern, String text) {
        return text != null && pattern.matcher(text).matches();
    }

    static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : Objects.requireNonNull(glob).strip().toCharArray()) {
            if (c == '*' || c == '?') {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }
}
