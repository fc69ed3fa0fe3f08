package com.bitgraphs.tenant.boundary;

import com.bitgraphs.tenant.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;
import java.util.UUID;

/** Finds tenants in the registry, which is not itself tenant-owned: lookups happen before a tenant is known. */
@Stateless
public class Tenants {

    @PersistenceContext
    EntityManager em;

    public Optional<Tenant> byClientKey(String clientKey) {
        return em.createQuery("select t from Tenant t where t.clientKey = :key", Tenant.class)
                .setParameter("key", clientKey)
                .getResultStream().findFirst();
    }

    /** Locked for the rest of the transaction, so two installs of one clientKey run one after the other. */
    public Optional<Tenant> byClientKeyForUpdate(String clientKey) {
        return em.createQuery("select t from Tenant t where t.clientKey = :key", Tenant.class)
                .setParameter("key", clientKey)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Optional<Tenant> byWorkspaceSlug(String slug) {
        return em.createQuery("select t from Tenant t where t.workspaceSlug = :slug", Tenant.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public Optional<Tenant> byId(UUID id) {
        return Optional.ofNullable(em.find(Tenant.class, id));
    }

    public java.util.List<UUID> installedIds() {
        return em.createQuery("select t.id from Tenant t where t.state = :state", UUID.class)
                .setParameter("state", Tenant.State.INSTALLED).getResultList();
    }

    public void add(Tenant tenant) {
        em.persist(tenant);
    }
}
