package com.bitgraphs.web.connect;

import com.bitgraphs.connect.boundary.ConnectSettings;
import com.bitgraphs.connect.boundary.InstallCallback;
import com.bitgraphs.connect.boundary.Installations;
import com.bitgraphs.connect.boundary.LifecycleRefused;
import com.bitgraphs.connect.control.CanonicalRequest;
import com.bitgraphs.connect.control.IncomingToken;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.StringReader;

/**
 * Bitbucket's lifecycle callbacks. Authenticates them itself rather than through the JWT filter: the
 * first install is unsigned, and every other one must be verified against a secret the registry picks.
 */
@Path("")
public class LifecycleResource {

    @Inject
    Installations installations;

    @Inject
    ConnectSettings settings;

    @Context
    UriInfo uri;

    @POST
    @Path("installed")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response installed(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        installations.installed(InstallCallback.from(json(body), true),
                IncomingToken.from(authorization, null), request("POST"));
        return Response.noContent().build();
    }

    @POST
    @Path("uninstalled")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response uninstalled(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        installations.uninstalled(InstallCallback.from(json(body), false),
                IncomingToken.from(authorization, null), request("POST"));
        return Response.noContent().build();
    }

    private CanonicalRequest request(String method) {
        return CanonicalRequest.incoming(method, uri.getRequestUri(), uri.getBaseUri());
    }

    private static JsonObject json(String body) {
        if (body == null || body.isBlank()) {
            throw LifecycleRefused.badRequest("the body is empty");
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            throw LifecycleRefused.badRequest("the body is not valid JSON");
        } catch (JsonException | IllegalStateException e) {
            throw LifecycleRefused.badRequest("the body is not a JSON object");
        }
    }
}
