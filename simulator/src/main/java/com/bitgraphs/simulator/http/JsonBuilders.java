package com.bitgraphs.simulator.http;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;

import java.io.InputStream;
import java.io.Reader;

/**
 * JSON-P builders from one provider looked up once: {@code Json.createObjectBuilder()} looks the provider up anew
 * on every call, which made building a page of commits cost over a millisecond per commit.
 */
public final class JsonBuilders {
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonBuilders() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonReader reader(Reader reader) {
        return PROVIDER.createReader(reader);
    }

    public static JsonReader reader(InputStream in) {
        return PROVIDER.createReader(in);
    }
}
