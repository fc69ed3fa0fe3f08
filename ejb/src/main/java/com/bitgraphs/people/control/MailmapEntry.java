package com.bitgraphs.people.control;

import java.util.Locale;

/**
 * One {@code .mailmap} line: commits by {@code commitEmail} (and {@code commitName}, when given) belong to
 * {@code properName <properEmail>}. Either proper part may be absent; emails compare case-insensitively.
 * An email of the form {@code {uuid}} names a Bitbucket account, whose email Bitgraphs never stores.
 */
public record MailmapEntry(String properName, String properEmail, String commitName, String commitEmail) {

    public MailmapEntry {
        properEmail = lower(properEmail);
        commitEmail = lower(commitEmail);
    }

    boolean matches(String email, String name) {
        return commitEmail.equals(email) && (commitName == null || commitName.equalsIgnoreCase(name));
    }

    private static String lower(String email) {
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }
}
