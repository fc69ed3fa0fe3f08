package com.bitgraphs.tenant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One connection of a Bitbucket workspace to Bitgraphs, through Atlassian Connect or an access token. Its
 * id is the {@code tenant_id} of every row the workspace owns. An uninstalled tenant keeps its data and
 * its secret until the retention sweep, so that a reinstall proven with that secret restores it.
 */
@Entity
@Table(name = "tenant")
public class Tenant {

    public enum State { INSTALLED, UNINSTALLED }

    public enum Door { CONNECT, TOKEN }

    /** What the sealed secret is. */
    public enum Credential { SHARED_SECRET, ACCESS_TOKEN, OAUTH_CONSUMER }

    @Id
    private UUID id;

    @Column(name = "client_key", nullable = false, unique = true, updatable = false)
    private String clientKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Door door;

    @Column(name = "workspace_uuid", nullable = false)
    private String workspaceUuid;

    @Column(name = "workspace_slug", nullable = false)
    private String workspaceSlug;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "principal_type")
    private String principalType;

    @Column(name = "base_api_url", nullable = false)
    private String baseApiUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Credential credential = Credential.SHARED_SECRET;

    @Column(name = "secret_key_id")
    private String secretKeyId;

    @Column(name = "sealed_secret")
    private byte[] sealedSecret;

    @Column(name = "webhook_secret_key_id")
    private String webhookSecretKeyId;

    @Column(name = "sealed_webhook_secret")
    private byte[] sealedWebhookSecret;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "installed_at", nullable = false)
    private Instant installedAt;

    @Column(name = "uninstalled_at")
    private Instant uninstalledAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "connection_error")
    private String connectionError;

    @Column(name = "connection_error_at")
    private Instant connectionErrorAt;

    protected Tenant() {
    }

    public Tenant(String clientKey, Door door, Workspace workspace, String baseApiUrl, Instant installedAt) {
        this.id = UUID.randomUUID();
        this.clientKey = clientKey;
        this.door = door;
        this.state = State.INSTALLED;
        this.installedAt = installedAt;
        describe(workspace, baseApiUrl, installedAt);
    }

    /** Takes what a later install says about the workspace; the secret changes through {@link #seal}. */
    public void describe(Workspace workspace, String baseApiUrl, Instant now) {
        this.workspaceUuid = workspace.uuid();
        this.workspaceSlug = workspace.slug();
        this.displayName = workspace.displayName();
        this.principalType = workspace.type();
        this.baseApiUrl = baseApiUrl;
        this.updatedAt = now;
    }

    /** New credentials: whatever Bitbucket refused before is forgotten. */
    public void seal(Credential kind, String keyId, byte[] sealed) {
        this.credential = kind;
        seal(keyId, sealed);
    }

    public void seal(String keyId, byte[] sealed) {
        this.secretKeyId = keyId;
        this.sealedSecret = sealed.clone();
        this.connectionError = null;
        this.connectionErrorAt = null;
    }

    public java.util.Optional<String> connectionError() {
        return java.util.Optional.ofNullable(connectionError);
    }

    /** The token door's webhook signing secret. */
    public void sealWebhookSecret(String keyId, byte[] sealed) {
        this.webhookSecretKeyId = keyId;
        this.sealedWebhookSecret = sealed.clone();
    }

    public void uninstall(Instant at) {
        state = State.UNINSTALLED;
        uninstalledAt = at;
        updatedAt = at;
    }

    public void restore(Instant at) {
        state = State.INSTALLED;
        installedAt = at;
        uninstalledAt = null;
        updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    public String clientKey() {
        return clientKey;
    }

    public Door door() {
        return door;
    }

    public Workspace workspace() {
        return new Workspace(workspaceUuid, workspaceSlug, displayName, principalType);
    }

    public String baseApiUrl() {
        return baseApiUrl;
    }

    public Credential credential() {
        return credential;
    }

    public String secretKeyId() {
        return secretKeyId;
    }

    public byte[] sealedSecret() {
        return sealedSecret == null ? null : sealedSecret.clone();
    }

    public String webhookSecretKeyId() {
        return webhookSecretKeyId;
    }

    public byte[] sealedWebhookSecret() {
        return sealedWebhookSecret == null ? null : sealedWebhookSecret.clone();
    }

    public State state() {
        return state;
    }

    public boolean installed() {
        return state == State.INSTALLED;
    }

    public Instant installedAt() {
        return installedAt;
    }

    public Instant uninstalledAt() {
        return uninstalledAt;
    }
}
