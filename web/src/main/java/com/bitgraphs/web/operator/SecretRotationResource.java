package com.bitgraphs.web.operator;

import com.bitgraphs.tenant.boundary.SecretRotation;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/v1/operator/secrets/rotate}: reseals every stored secret under the active key
 * ({@code bitgraphs.secrets.active-key}); see docs/operations.md for the whole procedure.
 */
@Path("api/v1/operator/secrets/rotate")
@OperatorOnly
public class SecretRotationResource {

    @Inject
    SecretRotation rotation;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject rotate() {
        SecretRotation.Outcome outcome = rotation.rotate();
        return Json.createObjectBuilder()
                .add("active_key", outcome.activeKey())
                .add("resealed", outcome.resealed())
                .add("already_active", outcome.alreadyActive())
                .add("unreadable", outcome.unreadable())
                .build();
    }
}
