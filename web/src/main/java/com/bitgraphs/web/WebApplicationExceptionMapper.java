package com.bitgraphs.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Client errors thrown as {@code BadRequestException}, {@code NotFoundException} and kin, as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String detail = exception.getMessage() == null || exception.getMessage().startsWith("HTTP ")
                ? defaultDetail(status) : exception.getMessage();
        Response.ResponseBuilder problem = Response.fromResponse(Problem.of(status, detail).toResponse());
        // Keep headers such as Allow and WWW-Authenticate that the exception carried
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> problem.header(name, value));
            }
        });
        return problem.build();
    }

    private static String defaultDetail(Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "This media type is not accepted here";
            default -> status.getReasonPhrase();
        };
    }
}
