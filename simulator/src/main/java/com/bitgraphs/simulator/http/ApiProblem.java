package com.bitgraphs.simulator.http;

/**
 * Thrown by a handler to answer with Bitbucket's error body {@code {"type":"error","error":{"message":...}}}.
 */
public class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ApiProblem(int status, String message) {
        super(message);
        this.status = status;
    }

    public static ApiProblem notFound(String message) {
        return new ApiProblem(404, message);
    }

    public static ApiProblem badRequest(String message) {
        return new ApiProblem(400, message);
    }

    public int status() {
        return status;
    }
}
