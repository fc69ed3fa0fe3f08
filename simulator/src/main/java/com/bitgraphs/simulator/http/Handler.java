package com.bitgraphs.simulator.http;

/**
 * Answers one routed request; may throw {@link ApiProblem}.
 */
@FunctionalInterface
public interface Handler {
    Response handle(Request request) throws Exception;
}
