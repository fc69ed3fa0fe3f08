package com.bitgraphs.web.operator;

import com.bitgraphs.bitbucket.control.OAuthConsumer;
import com.bitgraphs.connect.boundary.ConnectSettings;
import com.bitgraphs.connect.control.SharedSecret;
import com.bitgraphs.registration.boundary.Registration;
import com.bitgraphs.registration.boundary.Registrations;
import com.bitgraphs.tenant.entity.Tenant;
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
 * Registers a workspace through the token door: {@code {"workspace", "accessToken" | "oauth": {"key", "secret"},
 * "baseApiUrl"?}}. The
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
        String baseApiUrl = body.get("baseApiUrl") instanceof JsonString api ? api.getString() : BITBUCKET_API;
        Registration registration = registrations.register(workspace, baseApiUrl, credentialKind(body), credential(body));
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

    private static Tenant.Credential credentialKind(JsonObject body) {
        boolean token = body.containsKey("accessToken");
        boolean oauth = body.containsKey("oauth");
        if (token == oauth) {
            throw new BadRequestException("give either accessToken or oauth {key, secret}");
        }
        return token ? Tenant.Credential.ACCESS_TOKEN : Tenant.Credential.OAUTH_CONSUMER;
    }

    private static SharedSecret credential(JsonObject body) {
        if (body.containsKey("accessToken")) {
            return SharedSecret.of(required(body, "accessToken"));
        }
        if (!(body.get("oauth") instanceof JsonObject oauth)) {
            throw new BadRequestException("oauth must be an object {key, secret}");
        }
        String key = required(oauth, "key");
        if (key.contains(":")) {
            throw new BadRequestException("oauth.key cannot contain ':'");
        }
        return new OAuthConsumer(key, SharedSecret.of(required(oauth, "secret"))).sealedForm();
    }

    private static String required(JsonObject body, String field) {
        if (!(body.get(field) instanceof JsonString value) || value.getString().isBlank()) {
            throw new BadRequestException(field + " is required");
        }
        return value.getString();
    }
}
