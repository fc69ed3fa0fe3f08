package com.bitgraphs.web.connect;

import com.bitgraphs.connect.boundary.LifecycleRefused;
import com.bitgraphs.web.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused callback or registration as a problem with its status and general reason. */
@Provider
public class LifecycleRefusedMapper implements ExceptionMapper<LifecycleRefused> {

    @Override
    public Response toResponse(LifecycleRefused refusal) {
        Response response = Problem.of(refusal.status(), refusal.getMessage()).toResponse();
        if (refusal.status() == 401) {
            return Response.fromResponse(response).header("WWW-Authenticate", "JWT").build();
        }
        return response;
    }
}
