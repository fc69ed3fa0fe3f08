package com.bitgraphs.connect.boundary;

import com.bitgraphs.connect.control.ConnectJwtVerifier;
import com.bitgraphs.connect.control.SharedSecret;
import com.bitgraphs.tenant.boundary.TenantSecrets;
import com.bitgraphs.tenant.boundary.Tenants;
import com.bitgraphs.tenant.entity.Tenant;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Optional;

/**
 * The verifier of incoming Connect tokens, backed by the registry: only an installed tenant's secret
 * verifies a token, so an uninstalled workspace's pages and webhooks are refused.
 */
@ApplicationScoped
public class TokenVerification {

    @Inject
    Tenants tenants;

    @Inject
    TenantSecrets secrets;

    @Inject
    ConnectSettings settings;

    @Inject
    Clock clock;

    private ConnectJwtVerifier verifier;

    @PostConstruct
    void init() {
        verifier = new ConnectJwtVerifier(this::installedSecret, clock, settings.jwtLeeway());
    }

    public ConnectJwtVerifier verifier() {
        return verifier;
    }

    private Optional<SharedSecret> installedSecret(String clientKey) {
        return tenants.byClientKey(clientKey).filter(Tenant::installed).map(secrets::open);
    }
}
