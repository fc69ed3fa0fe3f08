package com.bitgraphs.web.report;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The exports' two streamed formats: CSV with a header row, or JSON lines (one object per row, keys as the CSV
 * header, {@code application/x-ndjson}). Rows are written as the database hands them over, through a buffer
 * of fixed size, so memory does not grow with the row count.
 */
final class ExportFormat {

    static final String JSON_LINES = "application/x-ndjson";

    /** Receives one row's values, in header order. */
    @FunctionalInterface
    interface RowSink {
        void accept(List<Object> values) throws IOException;
    }

    /** Reads the rows and hands each to the sink. */
    @FunctionalInterface
    interface RowSource {
        void produce(RowSink sink);
    }

    private ExportFormat() {
    }

    static Response respond(boolean csv, String name, List<String> header, RowSource source) {
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            try {
                if (csv) {
                    try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(writer)) {
                        source.produce(printer::printRecord);
                    }
                } else {
                    source.produce(values -> {
                        writer.write(jsonLine(header, values));
                        writer.write('\n');
                    });
                    writer.flush();
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (RuntimeException e) {
                // The client gave up or the server failed after the status was sent: unwrap the client's I/O error
                Throwable cause = e;
                while (cause != null && !(cause instanceof IOException)) {
                    cause = cause.getCause();
                }
                if (cause instanceof IOException io) {
                    throw io;
                }
                throw e;
            }
        };
        return Response.ok(body, csv ? Answer.CSV_UTF8 : MediaType.valueOf(JSON_LINES + "; charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + name + (csv ? ".csv" : ".jsonl") + "\"").build();
    }

    static String jsonLine(List<String> header, List<Object> values) {
        JsonObjectBuilder json = Json.object();
        for (int i = 0; i < header.size(); i++) {
            Object value = values.get(i);
            String key = header.get(i);
            if (value == null) {
                json.addNull(key);
            } else if (value instanceof Boolean b) {
                json.add(key, b);
            } else if (value instanceof Long || value instanceof Integer) {
                json.add(key, ((Number) value).longValue());
            } else if (value instanceof Double d) {
                json.add(key, d);
            } else if (value instanceof Instant instant) {
                json.add(key, instant.toString());
            } else {
                json.add(key, value.toString());
            }
        }
        return json.build().toString();
    }

}
