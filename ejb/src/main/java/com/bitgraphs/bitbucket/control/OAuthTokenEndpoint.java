package com.bitgraphs.bitbucket.control;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Bitbucket's OAuth token endpoint ({@code bitbucket.org/site/oauth2/access_token}), which is not the REST
 * API: the one POST Bitgraphs sends, to obtain a read token for an OAuth consumer of the token door. It
 * changes nothing in Bitbucket.
 */
public interface OAuthTokenEndpoint {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject clientCredentials(@HeaderParam(HttpHeaders.AUTHORIZATION) String basicAuthorization,
                                 @FormParam("grant_type") String grantType);
}
