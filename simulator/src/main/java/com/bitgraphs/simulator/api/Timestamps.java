package com.bitgraphs.simulator.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Bitbucket's date-time form: ISO-8601 with a numeric offset ({@code +00:00}, never {@code Z}).
 */
public final class Timestamps {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private Timestamps() {
    }

    public static String of(OffsetDateTime time) {
        return FORMAT.format(time);
    }

    public static String of(Instant time) {
        return FORMAT.format(time.atOffset(ZoneOffset.UTC));
    }
}
