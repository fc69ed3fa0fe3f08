package com.bitgraphs.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.util.UUID;

/** A Bitbucket repository of one tenant's workspace, known by its Bitbucket uuid. */
@Entity
@Table(name = "repository")
public class Repository {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(nullable = false)
    private String uuid;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    protected Repository() {
    }

    public Repository(String uuid, String slug, String name) {
        this.uuid = uuid;
        this.slug = slug;
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String uuid() {
        return uuid;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }
}
