package com.bitgraphs.bench.workspace;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The workspace's committers: names drawn from the seed, every fifth without a Bitbucket account (contractors,
 * old addresses, a build bot), spread over time zones so that UTC days differ from local ones.
 */
public final class AuthorPool {

    private static final String[] FIRST = {"Ana", "Björn", "Chen", "Dana", "Emeka", "Fatima", "Giulia", "Hiro", "Ines",
        "Jonas", "Kofi", "Lena", "Mateo", "Nadia", "Olek", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Uma", "Viktor",
        "Wen", "Ximena", "Yusuf", "Zoë"};
    private static final String[] LAST = {"Almeida", "Berg", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Haddad",
        "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Müller", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi",
        "Santos", "Tanaka", "Usman", "Varga", "Weber", "Xu", "Yilmaz", "Zhang"};
    private static final int[] ZONE_MINUTES = {0, 60, 60, 120, 330, 480, 540, -300, -300, -420, -480, 0, 60, -180};

    private final List<Author> authors;
    private final Set<String> noAccount;

    public AuthorPool(int size, long seed) {
        Random random = new Random(seed);
        List<Author> all = new ArrayList<>();
        Set<String> without = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        for (int i = 0; all.size() < size; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String email = ascii(first) + "." + ascii(last) + "@example.com";
            if (!emails.add(email)) {
                continue;
            }
            ZoneOffset zone = ZoneOffset.ofTotalSeconds(ZONE_MINUTES[random.nextInt(ZONE_MINUTES.length)] * 60);
            Author author = new Author(first + " " + last, email, zone);
            all.add(author);
            if (i % 5 == 4) {
                without.add(email);
            }
        }
        // A bot commits too, and bots never have an account
        Author bot = new Author("release-bot", "release-bot@ci.example.com", ZoneOffset.UTC);
        all.add(bot);
        without.add(bot.email());
        this.authors = List.copyOf(all);
        this.noAccount = Set.copyOf(without);
    }

    public List<Author> authors() {
        return authors;
    }

    /** The emails the simulator must serve without a Bitbucket account. */
    public Set<String> noAccount() {
        return noAccount;
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }
}
