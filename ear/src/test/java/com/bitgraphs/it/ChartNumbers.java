package com.bitgraphs.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares what a chart shows (its ECharts option, read from the browser) with what the reports API answered for
 * the same URL and token: every period, person and number the API gives must be the one drawn.
 */
final class ChartNumbers {

    private ChartNumbers() {
    }

    /** Asserts that the chart of that card draws the API's answer. */
    static void assertDraws(String chart, JsonObject option, JsonObject api) {
        switch (chart) {
            case "activity" -> {
                JsonArray series = api.getJsonArray("series");
                assertThat(category(option, "xAxis")).isEqualTo(strings(series, "period"));
                assertThat(series(option, 0)).isEqualTo(numbers(series, "commits", 1));
                assertThat(series(option, 1)).isEqualTo(numbers(series, "lines_added", 1));
                assertThat(series(option, 2)).isEqualTo(numbers(series, "lines_removed", 1));
            }
            case "contributors" -> {
                List<JsonObject> top = api.getJsonArray("contributors").getValuesAs(JsonObject.class).stream().limit(15).toList();
                List<String> names = new ArrayList<>(top.stream().map(c -> name(c.getJsonObject("author"))).toList());
                List<Long> commits = new ArrayList<>(top.stream().map(c -> c.getJsonNumber("commits").longValue()).toList());
                java.util.Collections.reverse(names);
                java.util.Collections.reverse(commits);
                assertThat(category(option, "yAxis")).isEqualTo(names);
                assertThat(series(option, 0)).isEqualTo(commits);
            }
            case "pull-requests" -> {
                JsonArray series = api.getJsonArray("series");
                assertThat(category(option, "xAxis")).isEqualTo(strings(series, "period"));
                assertThat(series(option, 0)).isEqualTo(numbers(series, "created", 1));
                assertThat(series(option, 1)).isEqualTo(numbers(series, "merged", 1));
                assertThat(series(option, 2)).isEqualTo(numbers(series, "declined", 1));
                assertThat(series(option, 3)).isEqualTo(numbers(series, "cumulative_created", 1));
                assertThat(series(option, 4)).isEqualTo(numbers(series, "cumulative_merged", 1));
            }
            case "code-frequency" -> {
                JsonArray weeks = api.getJsonArray("weeks");
                assertThat(category(option, "xAxis")).isEqualTo(strings(weeks, "week"));
                assertThat(series(option, 0)).isEqualTo(numbers(weeks, "lines_added", 1));
                assertThat(series(option, 1)).isEqualTo(numbers(weeks, "lines_removed", -1));
                assertThat(series(option, 2)).isEqualTo(numbers(weeks, "total_lines", 1));
            }
            case "punch-card" -> {
                List<List<Long>> drawn = option.getJsonArray("series").getJsonObject(0).getJsonArray("data").stream()
                        .map(cell -> cell.asJsonArray().getValuesAs(jakarta.json.JsonNumber.class).stream()
                                .map(jakarta.json.JsonNumber::longValue).toList()).toList();
                List<List<Long>> answered = api.getJsonArray("cells").getValuesAs(JsonObject.class).stream()
                        .map(c -> List.of((long) c.getInt("hour"), (long) c.getInt("weekday") - 1, c.getJsonNumber("commits").longValue()))
                        .toList();
                assertThat(drawn).isEqualTo(answered);
            }
            case "contributions" -> {
                List<String> drawn = option.getJsonArray("series").getJsonObject(0).getJsonArray("data").stream()
                        .map(day -> day.asJsonArray().getString(0) + " " + day.asJsonArray().getJsonNumber(1).longValue()).toList();
                List<String> answered = api.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                        .map(d -> d.getString("date") + " " + (d.getJsonNumber("commits").longValue()
                                + d.getJsonNumber("pull_requests").longValue())).toList();
                assertThat(drawn).isEqualTo(answered);
            }
            default -> throw new IllegalArgumentException("No comparison for chart " + chart);
        }
    }

    /** As the page names a person whose name was removed. */
    private static String name(JsonObject person) {
        return person.isNull("name") ? "Person " + person.getJsonNumber("id") : person.getString("name");
    }

    /** The sum of one series of a chart. */
    static long sum(JsonObject option, int index) {
        return series(option, index).stream().mapToLong(Long::longValue).sum();
    }

    private static List<String> category(JsonObject option, String axis) {
        return option.getJsonArray(axis).getJsonObject(0).getJsonArray("data").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList();
    }

    private static List<Long> series(JsonObject option, int index) {
        return option.getJsonArray("series").getJsonObject(index).getJsonArray("data").stream()
                .map(value -> value.getValueType() == JsonValue.ValueType.NUMBER
                        ? ((jakarta.json.JsonNumber) value).longValue() : Long.MIN_VALUE).toList();
    }

    private static List<String> strings(JsonArray items, String key) {
        return items.getValuesAs(JsonObject.class).stream().map(item -> item.getString(key)).toList();
    }

    private static List<Long> numbers(JsonArray items, String key, int sign) {
        return items.getValuesAs(JsonObject.class).stream().map(item -> sign * item.getJsonNumber(key).longValue()).toList();
    }
}
