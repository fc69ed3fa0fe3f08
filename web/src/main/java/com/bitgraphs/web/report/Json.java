package com.bitgraphs.web.report;

import com.bitgraphs.graphs.entity.PersonRef;
import com.bitgraphs.graphs.entity.Totals;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import java.time.Instant;
import java.util.Map;

/** JSON pieces the reports share. Hours are rounded to hundredths: a chart needs no more. */
final class Json {

    /**
     * One factory for all answers: {@code jakarta.json.Json.createObjectBuilder()} looks the provider up on every
     * call (a ServiceLoader scan through WildFly's module class loaders and a failed {@code Class.forName} for
     * OSGi), and a year of contributors with weekly series builds a hundred thousand objects: seconds, not
     * milliseconds (docs/benchmarks.md, "Reports").
     */
    private static final JsonBuilderFactory BUILDERS = JsonProvider.provider().createBuilderFactory(Map.of());

    private Json() {
    }

    static JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    static jakarta.json.JsonArrayBuilder array() {
        return BUILDERS.createArrayBuilder();
    }

    static jakarta.json.JsonArrayBuilder array(java.util.List<String> strings) {
        jakarta.json.JsonArrayBuilder array = array();
        strings.forEach(array::add);
        return array;
    }

    static JsonObjectBuilder person(PersonRef person) {
        JsonObjectBuilder json = object().add("id", person.id());
        return person.name() == null ? json.addNull("name") : json.add("name", person.name());
    }

    static JsonObjectBuilder totals(JsonObjectBuilder json, Totals totals) {
        return json.add("commits", totals.commits()).add("lines_added", totals.linesAdded()).add("lines_removed", totals.linesRemoved());
    }

    static JsonObjectBuilder add(JsonObjectBuilder json, String name, Instant instant) {
        return instant == null ? json.addNull(name) : json.add(name, instant.toString());
    }

    static JsonObjectBuilder add(JsonObjectBuilder json, String name, String text) {
        return text == null ? json.addNull(name) : json.add(name, text);
    }

    static JsonObjectBuilder hours(JsonObjectBuilder json, String name, Double hours) {
        return hours == null ? json.addNull(name) : json.add(name, round(hours));
    }

    static Double round(Double hours) {
        return hours == null ? null : Math.round(hours * 100) / 100.0;
    }
}
