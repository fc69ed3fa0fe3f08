package com.bitgraphs.repository.boundary;

import com.bitgraphs.repository.entity.Repository;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * Finds the current tenant's repositories by what Bitbucket names them in a page's context: its uuid. The
 * tenant filter of {@link Repository} keeps every other tenant's repositories out of reach.
 */
@Stateless
public class RepositoryDirectory {

    @PersistenceContext
    EntityManager em;

    public Optional<Repository> byUuid(String uuid) {
        return em.createQuery("select r from Repository r where r.uuid = :uuid", Repository.class)
                .setParameter("uuid", uuid)
                .getResultStream().findFirst();
    }
}
