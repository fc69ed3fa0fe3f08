package com.bitgraphs.web.report;

import com.bitgraphs.graphs.entity.Grouping;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MultivaluedMap;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The query parameters every report takes, checked one by one: a bad value is a 400 whose detail names the
 * parameter. Parsed by hand rather than by {@code @QueryParam} conversion, which answers 404 to a bad value.
 *
 * @param repositories slugs as given (resolved against the workspace later)
 * @param authors      person ids
 */
public record ReportParameters(LocalDate since, LocalDate until, ZoneId zone, Set<String> repositories, Set<Long> authors,
                               boolean excludeMerges, boolean csv) {

    /** The longest range a report answers, so that a day series stays bounded. */
    static final long MAX_DAYS = 366L * 20;

    public static ReportParameters parse(MultivaluedMap<String, String> query, Clock clock) {
        ZoneId zone = zone(single(query, "tz"));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String untilText = single(query, "until");
        String sinceText = single(query, "since");
        LocalDate until = untilText == null ? today : date("until", untilText);
        LocalDate since = sinceText == null ? until.minusDays(364) : date("since", sinceText);
        if (since.isAfter(until)) {
            throw new BadRequestException("since: " + since + " is after until " + until);
        }
        if (ChronoUnit.DAYS.between(since, until) > MAX_DAYS) {
            throw new BadRequestException("since: the range may span at most " + MAX_DAYS + " days");
        }
        Set<String> repositories = new LinkedHashSet<>();
        for (String slug : values(query, "repository")) {
            if (slug.isBlank()) {
                throw new BadRequestException("repository: empty repository slug");
            }
            repositories.add(slug);
        }
        Set<Long> authors = new LinkedHashSet<>();
        for (String author : values(query, "author")) {
            authors.add(positive("author", author));
        }
        return new ReportParameters(since, until, zone, repositories, authors, bool("excludeMerges", single(query, "excludeMerges")),
                csv(single(query, "format")));
    }

    public static Grouping grouping(MultivaluedMap<String, String> query, Grouping fallback, Set<Grouping> allowed) {
        String text = single(query, "groupBy");
        if (text == null) {
            return fallback;
        }
        return Grouping.named(text).filter(allowed::contains).orElseThrow(() -> new BadRequestException(
                "groupBy: unknown grouping '" + text + "', expected one of " + allowed.stream().map(Grouping::sqlField).toList()));
    }

    public static String choice(MultivaluedMap<String, String> query, String name, String fallback, List<String> allowed) {
        String text = single(query, name);
        if (text == null) {
            return fallback;
        }
        if (!allowed.contains(text)) {
            throw new BadRequestException(name + ": unknown value '" + text + "', expected one of " + allowed);
        }
        return text;
    }

    public static int integer(MultivaluedMap<String, String> query, String name, int fallback, int min, int max) {
        String text = single(query, name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException(name + ": expected a whole number from " + min + " to " + max + ", not '" + text + "'");
    }

    /** Null when absent; a parameter given twice is refused rather than guessed. */
    static String single(MultivaluedMap<String, String> query, String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadRequestException(name + ": given more than once");
        }
        return values.get(0);
    }

    private static List<String> values(MultivaluedMap<String, String> query, String name) {
        List<String> values = query.get(name);
        return values == null ? List.of() : values;
    }

    private static ZoneId zone(String text) {
        if (text == null) {
            return ZoneId.of("UTC");
        }
        // Region ids only: PostgreSQL reads an offset such as "+05:30" with POSIX's inverted sign
        if (ZoneId.getAvailableZoneIds().contains(text)) {
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                // answered below
            }
        }
        throw new BadRequestException("tz: unknown time zone '" + text + "', expected an IANA zone such as Europe/Berlin");
    }

    private static LocalDate date(String name, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + ": expected an ISO date such as 2026-01-31, not '" + text + "'");
        }
    }

    private static long positive(String name, String text) {
        try {
            long value = Long.parseLong(text.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException(name + ": expected a person id (a positive whole number), not '" + text + "'");
    }

    private static boolean bool(String name, String text) {
        if (text == null) {
            return false;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadRequestException(name + ": expected true or false, not '" + text + "'");
        };
    }

    private static boolean csv(String format) {
        if (format == null) {
            return false;
        }
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw new BadRequestException("format: expected csv or json, not '" + format + "'");
        };
    }
}
