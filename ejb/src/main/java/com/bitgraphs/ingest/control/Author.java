package com.bitgraphs.ingest.control;

import com.bitgraphs.bitbucket.entity.Commit;

import java.util.Locale;

/**
 * Who wrote a commit: a Bitbucket user when {@code author.user} is present, else the name and email of
 * {@code author.raw} ({@code Name <email>}). The email is kept only for the second kind.
 */
public record Author(String accountUuid, String displayName, String email) {

    public static Author of(Commit.Author author) {
        String raw = author == null || author.raw() == null ? "" : author.raw().strip();
        int open = raw.lastIndexOf('<');
        int close = raw.lastIndexOf('>');
        String name = open >= 0 ? raw.substring(0, open).strip() : raw;
        String email = open >= 0 && close > open ? raw.substring(open + 1, close).strip() : "";
        if (author != null && author.user() != null && author.user().uuid() != null) {
            String display = author.user().displayName() != null ? author.user().displayName() : name;
            return new Author(author.user().uuid(), display.isEmpty() ? author.user().uuid() : display, null);
        }
        String key = email.isEmpty() ? (name.isEmpty() ? "unknown" : name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@unknown") : email;
        return new Author(null, name.isEmpty() ? key : name, key);
    }
}
