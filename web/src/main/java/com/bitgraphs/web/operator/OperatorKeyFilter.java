package com.bitgraphs.web.operator;

import com.bitgraphs.web.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * {@code Authorization: Bearer <operator key>}, compared in constant time through digests (so neither the
 * content nor the length of the key leaks through timing). No key configured: the operator API is off.
 */
@Provider
@OperatorOnly
@Priority(Priorities.AUTHENTICATION)
public class OperatorKeyFilter implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "bitgraphs.operator.key")
    Optional<String> operatorKey;

    @Override
    public void filter(ContainerRequestContext request) {
        if (operatorKey.filter(key -> !key.isBlank()).isEmpty()) {
            request.abortWith(Problem.of(Response.Status.FORBIDDEN,
                    "the operator API is disabled: no bitgraphs.operator.key is configured").toResponse());
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(digest(presented), digest(operatorKey.get()))) {
            request.abortWith(Response.fromResponse(
                    Problem.of(Response.Status.UNAUTHORIZED, "operator key missing or wrong").toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
        }
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
