package com.bitgraphs.people.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed {@code .mailmap} in git's four forms ({@code man gitmailmap}), with the lines it could not read,
 * so an admin learns which line is wrong instead of having it silently ignored.
 */
public record Mailmap(List<MailmapEntry> entries, List<String> errors) {

    // name? <email> (name? <email>)?, where a name is anything but angle brackets
    private static final Pattern LINE = Pattern.compile(
            "^\\s*([^<>]*?)\\s*<([^<>\\s]*)>\\s*(?:([^<>]*?)\\s*<([^<>\\s]+)>)?\\s*$");

    public static Mailmap parse(String text) {
        List<MailmapEntry> entries = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]);
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                errors.add("line " + (i + 1) + ": expected 'Proper Name <proper@email> Commit Name <commit@email>' or a shorter form");
                continue;
            }
            String firstName = blankToNull(m.group(1));
            String firstEmail = blankToNull(m.group(2));
            if (m.group(4) == null) {
                if (firstName == null || firstEmail == null) {
                    errors.add("line " + (i + 1) + ": a line with one email needs a proper name before it");
                    continue;
                }
                entries.add(new MailmapEntry(firstName, null, null, firstEmail));
            } else {
                entries.add(new MailmapEntry(firstName, firstEmail, blankToNull(m.group(3)), m.group(4)));
            }
        }
        return new Mailmap(List.copyOf(entries), List.copyOf(errors));
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        // '#' inside an email (rare but legal) is kept: a comment starts outside angle brackets only
        while (hash >= 0 && line.lastIndexOf('<', hash) > line.lastIndexOf('>', hash)) {
            hash = line.indexOf('#', hash + 1);
        }
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
