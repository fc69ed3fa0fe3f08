package com.bitgraphs.web.ingest;

import com.bitgraphs.connect.control.SharedSecret;
import com.bitgraphs.ingest.boundary.WebhookInbox;
import com.bitgraphs.ingest.boundary.WebhookProcessing;
import com.bitgraphs.ingest.control.HubSignature;
import com.bitgraphs.tenant.boundary.TenantContext;
import com.bitgraphs.tenant.boundary.TenantSecrets;
import com.bitgraphs.tenant.boundary.Tenants;
import com.bitgraphs.tenant.entity.Tenant;
import com.bitgraphs.web.Problem;
import com.bitgraphs.web.connect.ConnectJwt;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * One endpoint for both doors' webhooks. It verifies the delivery (the Connect JWT through the filter, or
 * the token door's {@code X-Hub-Signature}), stores it as received and answers 202 at once; processing is
 * asynchronous. A redelivery of a stored delivery is answered 200 and stored once.
 */
@Path("webhooks")
public class WebhookResource {

    @Inject
    WebhookInbox inbox;

    @Inject
    TenantContext tenantContext;

    @Inject
    Tenants tenants;

    @Inject
    TenantSecrets secrets;

    @Inject
    WebhookProcessing processing;

    @POST
    @ConnectJwt
    @Consumes(MediaType.APPLICATION_JSON)
    public Response connect(@HeaderParam("X-Event-Key") String event, @HeaderParam("X-Request-UUID") String request,
                            @HeaderParam("X-Hook-UUID") String hook, @HeaderParam("X-Attempt-Number") String attempt,
                            byte[] body) {
        UUID tenant = tenantContext.tenantId().orElseThrow();
        return store(tenant, event, request, hook, attempt, body);
    }

    @POST
    @Path("{tenant}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response token(@PathParam("tenant") String tenantId, @HeaderParam("X-Hub-Signature") String signature,
                          @HeaderParam("X-Event-Key") String event, @HeaderParam("X-Request-UUID") String request,
                          @HeaderParam("X-Hook-UUID") String hook, @HeaderParam("X-Attempt-Number") String attempt,
                          byte[] body) {
        Optional<Tenant> tenant = parse(tenantId).flatMap(tenants::byId)
                .filter(t -> t.door() == Tenant.Door.TOKEN && t.installed() && t.sealedWebhookSecret() != null);
        // An unknown tenant and a bad signature are answered alike: the URL alone proves nothing
        if (tenant.isEmpty() || !HubSignature.verifies(body, signature, secrets.openWebhookSecret(tenant.get()))) {
            return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, "signature missing or invalid").toResponse())
                    .header("WWW-Authenticate", "HMAC-SHA256").build();
        }
        tenantContext.enter(tenant.get().id());
        return store(tenant.get().id(), event, request, hook, attempt, body);
    }

    private Response store(UUID tenant, String event, String request, String hook, String attempt, byte[] body) {
        if (event == null || event.isBlank()) {
            throw new BadRequestException("X-Event-Key is missing");
        }
        if (request == null || request.isBlank()) {
            throw new BadRequestException("X-Request-UUID is missing");
        }
        String payload = json(body);
        boolean stored = inbox.store(tenant, new WebhookInbox.Delivery(request, event, hook, attemptNumber(attempt), payload));
        if (stored) {
            processing.drain(tenant);
        }
        return Response.status(stored ? Response.Status.ACCEPTED : Response.Status.OK).build();
    }

    private static String json(byte[] body) {
        try (var reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            JsonObject object = reader.readObject();
            return object.toString();
        } catch (JsonException | IllegalStateException e) {
            throw new BadRequestException("the body is not a JSON object");
        }
    }

    private static int attemptNumber(String attempt) {
        try {
            return attempt == null ? 1 : Math.max(1, Integer.parseInt(attempt.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
