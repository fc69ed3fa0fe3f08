package com.bitgraphs.simulator.pullrequests;

import com.bitgraphs.simulator.http.ApiProblem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of Bitbucket's {@code q=} and {@code sort=} that pull-request clients use: conditions
 * {@code field op value} joined by {@code AND} on {@code id}, {@code state}, {@code title}, {@code created_on},
 * {@code updated_on}, {@code source.branch.name}, {@code destination.branch.name}, {@code author.uuid}, with
 * {@code = != > >= < <= ~} (contains); sorting by {@code id}, {@code created_on} or {@code updated_on}, {@code -}
 * for descending. Anything else is a 400, as an unsupported query is on Bitbucket.
 */
public final class PullRequestQuery {
    private static final Pattern CONDITION = Pattern.compile(
            "\\s*([a-z_.]+)\\s*(!=|>=|<=|=|>|<|~)\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[^\\s\"]+)\\s*");

    private PullRequestQuery() {
    }

    public static Predicate<PullRequest> filter(String q) {
        Predicate<PullRequest> all = pr -> true;
        if (q == null || q.isBlank()) {
            return all;
        }
        for (String part : q.split("(?i)\\s+AND\\s+")) {
            Matcher m = CONDITION.matcher(part);
            if (!m.matches()) {
                throw ApiProblem.badRequest("Unsupported query: " + part);
            }
            String value = m.group(3).startsWith("\"")
                    ? m.group(3).substring(1, m.group(3).length() - 1).replace("\\\"", "\"") : m.group(3);
            all = all.and(condition(m.group(1), m.group(2), value));
        }
        return all;
    }

    public static Comparator<PullRequest> order(String sort) {
        if (sort == null || sort.isBlank()) {
            return Comparator.comparingInt(PullRequest::id).reversed();
        }
        boolean descending = sort.startsWith("-");
        Comparator<PullRequest> order = switch (sort.replaceFirst("^[-+]", "")) {
            case "id" -> Comparator.comparingInt(PullRequest::id);
            case "created_on" -> Comparator.comparing(PullRequest::createdOn);
            case "updated_on" -> Comparator.comparing(PullRequest::updatedOn);
            default -> throw ApiProblem.badRequest("Unsupported sort: " + sort);
        };
        return descending ? order.reversed() : order;
    }

    private static Predicate<PullRequest> condition(String field, String op, String value) {
        return switch (field) {
            case "id" -> compare(pr -> (long) pr.id(), op, Long.parseLong(value));
            case "created_on" -> compare(PullRequest::createdOn, op, time(value));
            case "updated_on" -> compare(PullRequest::updatedOn, op, time(value));
            case "state" -> text(PullRequest::state, op, value.toUpperCase(Locale.ROOT));
            case "title" -> text(PullRequest::title, op, value);
            case "source.branch.name" -> text(PullRequest::sourceBranch, op, value);
            case "destination.branch.name" -> text(PullRequest::destinationBranch, op, value);
            case "author.uuid" -> text(pr -> pr.author().uuid(), op, value);
            default -> throw ApiProblem.badRequest("Unsupported query field: " + field);
        };
    }

    private static <T extends Comparable<? super T>> Predicate<PullRequest> compare(Function<PullRequest, T> field,
                                                                                  String op, T value) {
        return pr -> {
            int c = field.apply(pr).compareTo(value);
            return switch (op) {
                case "=" -> c == 0;
                case "!=" -> c != 0;
                case ">" -> c > 0;
                case ">=" -> c >= 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                default -> throw ApiProblem.badRequest("Unsupported operator " + op);
            };
        };
    }

    private static Predicate<PullRequest> text(Function<PullRequest, String> field, String op, String value) {
        return switch (op) {
            case "=" -> pr -> field.apply(pr).equals(value);
            case "!=" -> pr -> !field.apply(pr).equals(value);
            case "~" -> pr -> field.apply(pr).toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
            default -> throw ApiProblem.badRequest("Unsupported operator " + op + " on text");
        };
    }

    private static OffsetDateTime time(String value) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(value);
        } catch (RuntimeException e) {
            throw ApiProblem.badRequest("Not a date: " + value);
        }
    }
}
