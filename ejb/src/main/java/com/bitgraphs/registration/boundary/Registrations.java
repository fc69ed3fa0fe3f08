package com.bitgraphs.registration.boundary;

import com.bitgraphs.bitbucket.boundary.BitbucketClients;
import com.bitgraphs.bitbucket.control.BitbucketClient;
import com.bitgraphs.bitbucket.control.BitbucketException;
import com.bitgraphs.bitbucket.control.OAuthConsumer;
import com.bitgraphs.bitbucket.entity.Page;
import com.bitgraphs.bitbucket.entity.Repository;
import com.bitgraphs.bitbucket.entity.WorkspaceMembership;
import com.bitgraphs.connect.boundary.ConnectSettings;
import com.bitgraphs.connect.boundary.LifecycleRefused;
import com.bitgraphs.connect.control.SharedSecret;
import com.bitgraphs.tenant.boundary.LifecycleAudit;
import com.bitgraphs.tenant.boundary.TenantInstalled;
import com.bitgraphs.tenant.boundary.TenantSecrets;
import com.bitgraphs.tenant.boundary.TenantUninstalled;
import com.bitgraphs.tenant.boundary.Tenants;
import com.bitgraphs.tenant.entity.Tenant;
import com.bitgraphs.tenant.entity.Workspace;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Registers and unregisters workspaces through the token door. A token Bitbucket refuses, or a workspace
 * it does not know, is refused before anything is stored.
 */
@Stateless
public class Registrations {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Tenants tenants;

    @Inject
    TenantSecrets secrets;

    @Inject
    BitbucketClients clients;

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

    /**
     * @param kind       {@code ACCESS_TOKEN}, or {@code OAUTH_CONSUMER} with the credential as {@code key:secret}
     * @param credential the token or the consumer, sealed once accepted
     */
    public Registration register(String workspaceSlug, String baseApiUrl, Tenant.Credential kind, SharedSecret credential) {
        String clientKey = "token:" + workspaceSlug;
        if (!settings.allowsApiUrl(baseApiUrl)) {
            throw refuse(clientKey, LifecycleRefused.forbidden("baseApiUrl is not an allowed Bitbucket API"));
        }
        if (kind == Tenant.Credential.SHARED_SECRET) {
            throw refuse(clientKey, LifecycleRefused.badRequest("the token door takes an access token or an OAuth consumer"));
        }
        BitbucketClient client = kind == Tenant.Credential.OAUTH_CONSUMER
                ? clients.forConsumer(URI.create(baseApiUrl), OAuthConsumer.parse(credential))
                : clients.forToken(URI.create(baseApiUrl), credential);
        Workspace workspace = check(workspaceSlug, client, clientKey);
        Optional<Tenant> known = tenants.byClientKeyForUpdate(clientKey);
        if (known.isPresent() && known.get().installed()) {
            throw refuse(clientKey, new LifecycleRefused(409, "workspace " + workspaceSlug + " is already registered"));
        }
        if (known.isEmpty() && tenants.byWorkspaceSlug(workspaceSlug).isPresent()) {
            throw refuse(clientKey, new LifecycleRefused(409, "workspace " + workspaceSlug + " is already connected"));
        }
        Tenant tenant = known.orElseGet(() -> {
            Tenant created = new Tenant(clientKey, Tenant.Door.TOKEN, workspace, baseApiUrl, clock.instant());
            tenants.add(created);
            return created;
        });
        boolean restoring = !tenant.installed();
        tenant.describe(workspace, baseApiUrl, clock.instant());
        if (restoring) {
            tenant.restore(clock.instant());
        }
        SharedSecret webhookSecret = newWebhookSecret();
        secrets.seal(tenant, kind, credential);
        secrets.sealWebhookSecret(tenant, webhookSecret);
        audit.accepted(restoring ? "re-registered" : "registered", clientKey, tenant.id(), "token door, workspace " + workspaceSlug);
        installedEvents.fire(new TenantInstalled(tenant.id()));
        return new Registration(tenant.id(), workspace, "/webhooks/" + tenant.id(), webhookSecret);
    }

    public void unregister(String workspaceSlug) {
        String clientKey = "token:" + workspaceSlug;
        Tenant tenant = tenants.byClientKeyForUpdate(clientKey).filter(Tenant::installed)
                .orElseThrow(() -> new LifecycleRefused(404, "no registered workspace " + workspaceSlug));
        tenant.uninstall(clock.instant());
        uninstalled.fire(new TenantUninstalled(tenant.id()));
        audit.accepted("unregistered", clientKey, tenant.id(), "data kept for the retention period");
    }

    /** One read call proves the token and names the workspace; a token that cannot read is refused. */
    private Workspace check(String slug, BitbucketClient client, String clientKey) {
        try {
            Page<Repository> repositories = client.get(api -> api.repositories(slug, 1));
            Optional<WorkspaceMembership.WorkspaceRef> ref = repositories.values().stream()
                    .map(Repository::workspace).filter(w -> w != null && w.uuid() != null).findFirst();
            if (ref.isEmpty()) {
                ref = client.get(api -> api.members(slug, 1)).values().stream()
                        .map(WorkspaceMembership::workspace).filter(w -> w != null && w.uuid() != null).findFirst();
            }
            WorkspaceMembership.WorkspaceRef workspace = ref.orElseThrow(() ->
                    refuse(clientKey, new LifecycleRefused(422, "Bitbucket did not name workspace " + slug)));
            return new Workspace(workspace.uuid(), slug, workspace.name(), "team");
        } catch (BitbucketException e) {
            throw refuse(clientKey, switch (e.kind()) {
                case ACCESS_REFUSED -> new LifecycleRefused(422, "Bitbucket refused the credentials");
                case NOT_FOUND -> new LifecycleRefused(422, "Bitbucket has no workspace " + slug + " for this token");
                default -> new LifecycleRefused(502, "Bitbucket could not be asked: " + e.getMessage());
            });
        }
    }

    private LifecycleRefused refuse(String clientKey, LifecycleRefused refusal) {
        audit.refused("registered", clientKey, null, refusal.getMessage());
        return refusal;
    }

    private static SharedSecret newWebhookSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return SharedSecret.of(HexFormat.of().formatHex(bytes));
    }
}
