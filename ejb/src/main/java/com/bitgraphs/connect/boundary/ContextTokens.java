package com.bitgraphs.connect.boundary;

import com.bitgraphs.connect.control.ContextTokenSigner;
import com.bitgraphs.tenant.boundary.TenantSecrets;
import com.bitgraphs.tenant.entity.Tenant;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Hands a page loaded with a verified page JWT the context token its scripts call the read API with, when
 * Bitbucket's {@code all.js} (whose {@code AP.context.getToken()} would) is absent, as in the simulator.
 */
@ApplicationScoped
public class ContextTokens {

    @Inject
    TenantSecrets secrets;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "bitgraphs.pages.context-token-minutes", defaultValue = "15")
    int lifetimeMinutes;

    private ContextTokenSigner signer;

    @PostConstruct
    void init() {
        signer = new ContextTokenSigner(clock, Duration.ofMinutes(lifetimeMinutes));
    }

    /** Only for a Connect tenant whose page JWT was verified just now. */
    public ContextTokenSigner.Signed issue(Tenant tenant, Optional<String> user) {
        return signer.sign(tenant.clientKey(), secrets.open(tenant), user);
    }
}
