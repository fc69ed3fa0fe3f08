package com.bitgraphs.connect.boundary;

import com.bitgraphs.connect.control.CanonicalRequest;
import com.bitgraphs.connect.control.JwtRefusedException;
import com.bitgraphs.tenant.boundary.LifecycleAudit;
import com.bitgraphs.tenant.boundary.TenantInstalled;
import com.bitgraphs.tenant.boundary.TenantSecrets;
import com.bitgraphs.tenant.boundary.TenantUninstalled;
import com.bitgraphs.tenant.boundary.Tenants;
import com.bitgraphs.tenant.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Optional;

/**
 * Bitbucket's lifecycle callbacks, by the signing rules: the first install of a clientKey is unsigned and
 * creates the tenant; every later callback must be signed with the secret we hold for that clientKey, which
 * after an uninstall is the previous one and proves the caller may have the data back. A refused callback
 * changes nothing but the audit log.
 */
@Stateless
public class Installations {

    @Inject
    Tenants tenants;

    @Inject
    TenantSecrets secrets;

    @Inject
    TokenVerification verification;

    @Inject
    ConnectSettings settings;

    @Inject
    LifecycleAudit audit;

    @Inject
    Event<TenantUninstalled> uninstalled;

    @Inject
    Event<TenantInstalled> installedEvents;

    @Inject
    Clock clock;

    public Tenant installed(InstallCallback callback, Optional<String> token, CanonicalRequest request) {
        String clientKey = callback.clientKey();
        if (!settings.appKey().equals(callback.key())) {
            throw refuse("installed", clientKey, LifecycleRefused.badRequest("key does not name this app"));
        }
        if (!settings.allowsApiUrl(callback.baseApiUrl())) {
            throw refuse("installed", clientKey, LifecycleRefused.forbidden("baseApiUrl is not an allowed Bitbucket API"));
        }
        Optional<Tenant> known = tenants.byClientKeyForUpdate(clientKey);
        if (known.isEmpty()) {
            Tenant tenant = new Tenant(clientKey, Tenant.Door.CONNECT, callback.workspace(), callback.baseApiUrl(), clock.instant());
            tenants.add(tenant);
            secrets.seal(tenant, callback.sharedSecret());
            audit.accepted("installed", clientKey, tenant.id(), "first install of workspace " + callback.workspace().slug());
            installedEvents.fire(new TenantInstalled(tenant.id()));
            return tenant;
        }
        Tenant tenant = known.get();
        verify("installed", tenant, token, request);
        boolean restoring = !tenant.installed();
        tenant.describe(callback.workspace(), callback.baseApiUrl(), clock.instant());
        if (restoring) {
            tenant.restore(clock.instant());
        }
        secrets.seal(tenant, callback.sharedSecret());
        audit.accepted(restoring ? "reinstalled" : "installed", clientKey, tenant.id(),
                restoring ? "restored with the previous secret" : "secret renewed");
        if (restoring) {
            installedEvents.fire(new TenantInstalled(tenant.id()));
        }
        return tenant;
    }

    public void uninstalled(InstallCallback callback, Optional<String> token, CanonicalRequest request) {
        String clientKey = callback.clientKey();
        Tenant tenant = tenants.byClientKeyForUpdate(clientKey)
                .orElseThrow(() -> refuse("uninstalled", clientKey, LifecycleRefused.unauthorized("unknown issuer")));
        verify("uninstalled", tenant, token, request);
        if (!tenant.installed()) {
            audit.accepted("uninstalled", clientKey, tenant.id(), "already uninstalled");
            return;
        }
        tenant.uninstall(clock.instant());
        uninstalled.fire(new TenantUninstalled(tenant.id()));
        audit.accepted("uninstalled", clientKey, tenant.id(), "data kept for the retention period");
    }

    private void verify(String event, Tenant tenant, Optional<String> token, CanonicalRequest request) {
        if (token.isEmpty()) {
            throw refuse(event, tenant.clientKey(), LifecycleRefused.unauthorized("a known client key must sign its callbacks"));
        }
        try {
            verification.verifier().verifyIssuedBy(tenant.clientKey(), secrets.open(tenant), token.get(), request);
        } catch (JwtRefusedException e) {
            throw refuse(event, tenant.clientKey(), LifecycleRefused.unauthorized(e.refusal().reason()));
        }
    }

    private LifecycleRefused refuse(String event, String clientKey, LifecycleRefused refusal) {
        audit.refused(event, clientKey, null, refusal.getMessage());
        return refusal;
    }
}
