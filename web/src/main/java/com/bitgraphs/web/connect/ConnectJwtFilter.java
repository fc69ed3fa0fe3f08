package com.bitgraphs.web.connect;

import com.bitgraphs.access.boundary.ApiTokens;
import com.bitgraphs.connect.boundary.TokenVerification;
import com.bitgraphs.connect.control.CanonicalRequest;
import com.bitgraphs.connect.control.IncomingToken;
import com.bitgraphs.connect.control.JwtRefusal;
import com.bitgraphs.connect.control.JwtRefusedException;
import com.bitgraphs.connect.control.QshPolicy;
import com.bitgraphs.connect.control.VerifiedConnectJwt;
import com.bitgraphs.tenant.boundary.TenantContext;
import com.bitgraphs.tenant.boundary.Tenants;
import com.bitgraphs.tenant.entity.Tenant;
import com.bitgraphs.web.Problem;
import com.bitgraphs.web.workspace.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Authenticates a {@link ConnectJwt} resource: the token from the {@code Authorization} header or the
 * {@code jwt} parameter must verify against an installed tenant's secret and be bound to this request (or be
 * a context token where allowed). Where context tokens are allowed (the read API), a workspace API token
 * ({@code Authorization: Bearer bgt_...}) is taken instead. Refusals are 401 problems with a general reason;
 * nothing of the token reaches a log.
 */
@Provider
@ConnectJwt
@Priority(Priorities.AUTHENTICATION)
public class ConnectJwtFilter implements ContainerRequestFilter {

    public static final String TOKEN = "bitgraphs.connect-jwt";

    private static final String BEARER = "Bearer ";

    private static final Logger LOG = Logger.getLogger(ConnectJwtFilter.class.getName());

    @Inject
    TokenVerification verification;

    @Inject
    Tenants tenants;

    @Inject
    TenantContext tenantContext;

    @Context
    ResourceInfo resource;

    @Inject
    ApiTokens apiTokens;

    @Inject
    Caller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && policy() == QshPolicy.REQUEST_BOUND_OR_CONTEXT) {
            bearer(request, authorization.substring(BEARER.length()).strip());
            return;
        }
        try {
            String token = IncomingToken.from(request.getHeaderString(HttpHeaders.AUTHORIZATION),
                    uri.getQueryParameters().getFirst("jwt")).orElseThrow(() -> new JwtRefusedException(JwtRefusal.TOKEN_MISSING));
            VerifiedConnectJwt verified = verification.verifier().verify(token,
                    CanonicalRequest.incoming(request.getMethod(), uri.getRequestUri(), uri.getBaseUri()), policy());
            Tenant tenant = tenants.byClientKey(verified.clientKey()).filter(Tenant::installed)
                    .orElseThrow(() -> new JwtRefusedException(JwtRefusal.UNKNOWN_ISSUER));
            tenantContext.enter(tenant.id());
            verified.subject().ifPresent(caller::user);
            request.setProperty(TOKEN, verified);
        } catch (JwtRefusedException e) {
            LOG.info(() -> "refused " + request.getMethod() + " /" + uri.getPath() + ": " + e.refusal().reason());
            request.abortWith(Response.fromResponse(
                    Problem.of(Response.Status.UNAUTHORIZED, e.refusal().reason()).toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "JWT").build());
        } catch (IllegalArgumentException e) {
            request.abortWith(Problem.of(Response.Status.BAD_REQUEST, "malformed query string").toResponse());
        }
    }

    /** The read API also takes workspace API tokens, which scripts send instead of a Connect JWT. */
    private void bearer(ContainerRequestContext request, String token) {
        Optional<ApiTokens.Grant> grant = apiTokens.authenticate(token);
        if (grant.isEmpty()) {
            LOG.info(() -> "refused " + request.getMethod() + " /" + request.getUriInfo().getPath() + ": unknown or revoked API token");
            request.abortWith(Response.fromResponse(
                    Problem.of(Response.Status.UNAUTHORIZED, "the API token is unknown, revoked, or its workspace is not installed").toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
            return;
        }
        tenantContext.enter(grant.get().tenant());
        caller.token(grant.get());
    }

    private QshPolicy policy() {
        ConnectJwt binding = resource.getResourceMethod().getAnnotation(ConnectJwt.class);
        if (binding == null) {
            binding = resource.getResourceClass().getAnnotation(ConnectJwt.class);
        }
        return binding != null && binding.allowContextToken() ? QshPolicy.REQUEST_BOUND_OR_CONTEXT : QshPolicy.REQUEST_BOUND;
    }
}
