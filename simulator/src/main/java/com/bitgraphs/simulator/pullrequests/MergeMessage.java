package com.bitgraphs.simulator.pullrequests;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a merge commit's message says about the pull request it closed: GitHub's
 * {@code Merge pull request #N from owner/branch} (title on the following lines), Bitbucket's
 * {@code Merged in branch (pull request #N)}, or git's {@code Merge branch 'x' [into y]}.
 *
 * @param number      the pull request number named in the message, or 0 when none is
 * @param destination the target branch named in the message, or null
 */
public record MergeMessage(int number, String sourceBranch, String destination, String title) {
    private static final Pattern GITHUB = Pattern.compile("^Merge pull request #(\\d+) from [^/\\s]+/(\\S+)");
    private static final Pattern BITBUCKET = Pattern.compile("^Merged in (\\S+) \\(pull request #(\\d+)\\)");
    private static final Pattern GIT = Pattern.compile(
            "^Merge (?:remote-tracking )?branch '([^']+)'(?: of \\S+)?(?: into (\\S+))?");

    public static Optional<MergeMessage> parse(String message) {
        String[] lines = message.strip().split("\n", 2);
        String first = lines[0].strip();
        String rest = lines.length > 1 ? lines[1].strip() : "";
        Matcher m = GITHUB.matcher(first);
        if (m.find()) {
            String title = rest.isEmpty() ? m.group(2) : rest.split("\n", 2)[0].strip();
            return Optional.of(new MergeMessage(Integer.parseInt(m.group(1)), m.group(2), null, title));
        }
        m = BITBUCKET.matcher(first);
        if (m.find()) {
            return Optional.of(new MergeMessage(Integer.parseInt(m.group(2)), m.group(1), null, m.group(1)));
        }
        m = GIT.matcher(first);
        if (m.find()) {
            String branch = m.group(1).replaceFirst("^origin/", "");
            return Optional.of(new MergeMessage(0, branch, m.group(2), branch));
        }
        return Optional.empty();
    }
}
