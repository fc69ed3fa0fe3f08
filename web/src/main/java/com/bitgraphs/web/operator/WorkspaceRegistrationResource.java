package com.bitgraphs.web.operator;

import com.bitgraphs.connect.boundary.ConnectSettings;
import com.bitgraphs.connect.control.SharedSecret;
import com.bitgraphs.registration.boundary.Registration;
import com.bitgraphs.registration.boundary.Registrations;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Registers a workspace through the token door: {@code {"workspace", "accessToken", "baseApiUrl"?}}. The
 * answer carries the webhook URL and secret to paste into Bitbucket, shown this once.
 */
@Path("api/v1/operator/workspaces")
@OperatorOnly
public class WorkspaceRegistrationResource {

    private static final String BITBUCKET_API = "https://api.bitbucket.org";

    @Inject
    Registrations registrations;

    @Inject
    ConnectSettings settings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(JsonObject body) {
        if (body == null) {
            throw new BadRequestException("a JSON body is required");
        }
        String workspace = required(body, "workspace");
        if (!workspace.matches("[A-Za-z0-9_.-]{1,100}")) {
            throw new BadRequestException("workspace must be a Bitbucket workspace slug");
        }
        SharedSecret token = SharedSecret.of(required(body, "accessToken"));
        String baseApiUrl = body.get("baseApiUrl") instanceof JsonString api ? api.getString() : BITBUCKET_API;
        Registration registration = registrations.register(workspace, baseApiUrl, token);
        JsonObject answer = Json.createObjectBuilder()
                .add("workspace", registration.workspace().slug())
                .add("workspace_uuid", registration.workspace().uuid())
                .add("webhook_url", settings.baseUrl() + registration.webhookPath())
                .add("webhook_secret", registration.webhookSecret().reveal())
                .add("webhook_events", Json.createArrayBuilder(com.bitgraphs.connect.control.AppDescriptor.WEBHOOK_EVENTS))
                .build();
        return Response.status(Response.Status.CREATED).entity(answer).build();
    }

    @DELETE
    @Path("{workspace}")
    public Response unregister(@PathParam("workspace") String workspace) {
        registrations.unregister(workspace);
        return Response.noContent().build();
    }

    private static String required(JsonObject body, String field) {
        if (!(body.get(field) instanceof JsonString value) || value.getString().isBlank()) {
            throw new BadRequestException(field + " is required");
        }
        return value.getString();
    }
}
