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
 * One installation of Bitgraphs in a Bitbucket workspace. Its id is the {@code tenant_id} of every row
 * the workspace owns.
 */
@Entity
@Table(name = "tenant")
public class Tenant {

    public enum State { INSTALLED, UNINSTALLED }

    @Id
    private UUID id;

    @Column(name = "client_key", nullable = false, unique = true)
    private String clientKey;

    @Column(name = "workspace_uuid", nullable = false)
    private String workspaceUuid;

    @Column(name = "workspace_slug", nullable = false)
    private String workspaceSlug;

    @Column(name = "base_api_url", nullable = false)
    private String baseApiUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "installed_at", nullable = false)
    private Instant installedAt;

    @Column(name = "uninstalled_at")
    private Instant uninstalledAt;

    protected Tenant() {
    }

    public Tenant(String clientKey, String workspaceUuid, String workspaceSlug, String baseApiUrl, Instant installedAt) {
        this.id = UUID.randomUUID();
        this.clientKey = clientKey;
        this.workspaceUuid = workspaceUuid;
        this.workspaceSlug = workspaceSlug;
        this.baseApiUrl = baseApiUrl;
        this.state = State.INSTALLED;
        this.installedAt = installedAt;
    }

    public UUID id() {
        return id;
    }

    public String clientKey() {
        return clientKey;
    }

    public String workspaceSlug() {
        return workspaceSlug;
    }

    public String workspaceUuid() {
        return workspaceUuid;
    }

    public String baseApiUrl() {
        return baseApiUrl;
    }

    public State state() {
        return state;
    }

    public Instant installedAt() {
        return installedAt;
    }

    public Instant uninstalledAt() {
        return uninstalledAt;
    }
}
