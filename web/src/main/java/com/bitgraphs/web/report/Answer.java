package com.bitgraphs.web.report;

import jakarta.json.JsonStructure;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A report's answer as JSON, or as RFC 4180 CSV (UTF-8, CRLF, a header row) written by Apache Commons CSV. */
final class Answer {

    static final String CSV = "text/csv";
    static final MediaType CSV_UTF8 = MediaType.valueOf("text/csv; charset=UTF-8");

    /** Writes CSV rows to a printer; may fail on I/O. */
    @FunctionalInterface
    interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private Answer() {
    }

    static Response json(JsonStructure body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    static Response csv(String name, List<String> header, Rows rows) {
        StreamingOutput body = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(writer)) {
                rows.print(printer);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
        return Response.ok(body, CSV_UTF8).header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
    }

    /** Null stays an empty cell; numbers as Java prints them. */
    static void row(CSVPrinter printer, Object... values) throws IOException {
        printer.printRecord(values);
    }
}
