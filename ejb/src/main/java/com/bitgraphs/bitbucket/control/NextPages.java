package com.bitgraphs.bitbucket.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Follows a {@code next} link exactly as Bitbucket gave it: {@link NextLink} turns the header into the
 * request's URI, after checking that it stays under the tenant's API.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface NextPages {

    @GET
    Response follow(@HeaderParam(NextLink.HEADER) String next);
}
