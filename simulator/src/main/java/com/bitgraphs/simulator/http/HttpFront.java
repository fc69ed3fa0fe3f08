package com.bitgraphs.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Adapts the JDK server's exchanges to {@link Request}/{@link Response}; any unexpected exception becomes a 500 in
 * Bitbucket's error shape, so a simulator bug looks like a server error to the client, not a hang.
 */
public final class HttpFront implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(HttpFront.class.getName());
    private final Handler pipeline;

    public HttpFront(Handler pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Response response;
            try {
                response = pipeline.handle(toRequest(exchange));
            } catch (ApiProblem problem) {
                response = ErrorBody.of(problem.status(), problem.getMessage());
            } catch (InterruptedException e) {
                // the simulator is closing while an answer was held back on purpose
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Request failed: " + exchange.getRequestURI(), e);
                response = ErrorBody.of(500, "Something went wrong");
            }
            write(exchange, response);
        } catch (IOException e) {
            // The client went away (e.g. it timed out on a hanging answer): nothing left to tell it.
            LOG.log(Level.FINE, "Client gone", e);
        }
    }

    private static Request toRequest(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        byte[] body = exchange.getRequestBody().readAllBytes();
        return new Request(exchange.getRequestMethod().toUpperCase(Locale.ROOT), exchange.getRequestURI(),
                QueryString.parse(exchange.getRequestURI().getRawQuery()), headers, body, Map.of());
    }

    private static void write(HttpExchange exchange, Response response) throws IOException {
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        if (response.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
        }
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
