package com.bitgraphs.launcher;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** What the running demo offers, written to {@code target/demo/demo.properties} for scripts to read. */
public final class DemoProperties {

    private final Map<String, String> values = new TreeMap<>();

    public DemoProperties put(String key, String value) {
        values.put(key, value);
        return this;
    }

    /** In key order. */
    public Map<String, String> values() {
        return Collections.unmodifiableMap(values);
    }

    public void write(Path file) throws IOException {
        Properties properties = new Properties();
        properties.putAll(values);
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "Bitgraphs demo: what is running and where");
        }
    }
}
