package com.bitgraphs.tenant.control;

import com.bitgraphs.MigratedDatabase;
import com.bitgraphs.repository.entity.Repository;
import com.bitgraphs.tenant.entity.Tenant;
import com.bitgraphs.tenant.entity.Workspace;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The persistence layer's two walls, with the production mapping and the application role on a real
 * PostgreSQL: {@code @TenantId} filters entity queries, and the tenant setting applied to every connection
 * makes row-level security hide other tenants' rows from native SQL too.
 */
class TenantConnectionProviderTest {

    private final AtomicReference<UUID> currentTenant = new AtomicReference<>(TenantSetting.NO_TENANT);
    private MigratedDatabase database;
    private SessionFactory sessions;
    private UUID tenantA;
    private UUID tenantB;

    @BeforeEach
    void startSessionFactory() throws Exception {
        database = MigratedDatabase.get();
        database.wipe();
        Configuration configuration = new Configuration()
                .addAnnotatedClass(Tenant.class)
                .addAnnotatedClass(Repository.class);
        configuration.getProperties().put("hibernate.connection.datasource", inTransaction(database.app()));
        configuration.getProperties().put("hibernate.connection.provider_disables_autocommit", "true");
        configuration.getProperties().put("hibernate.multi_tenant_connection_provider", new TenantConnectionProvider());
        configuration.getProperties().put("hibernate.tenant_identifier_resolver", new CurrentTenantIdentifierResolver<UUID>() {
            @Override
            public UUID resolveCurrentTenantIdentifier() {
                return currentTenant.get();
            }

            @Override
            public boolean validateExistingCurrentSessions() {
                return false;
            }
        });
        sessions = configuration.buildSessionFactory();
        tenantA = install("client-a");
        tenantB = install("client-b");
    }

    @AfterEach
    void close() {
        sessions.close();
    }

    @Test
    void persistStampsTheCurrentTenant() {
        asTenant(tenantA, session -> {
            session.persist(new Repository("{a1}", "alpha", "Alpha"));
            return null;
        });

        List<UUID> owners = asTenant(tenantA, session ->
                session.createQuery("select r.tenantId from Repository r", UUID.class).getResultList());
        assertThat(owners).containsExactly(tenantA);
    }

    @Test
    void entityQueriesSeeOnlyTheCurrentTenant() {
        asTenant(tenantA, session -> persistAll(session, "a-one", "a-two"));
        asTenant(tenantB, session -> persistAll(session, "b-one"));

        List<String> seenByA = asTenant(tenantA, session ->
                session.createQuery("select r.slug from Repository r order by r.slug", String.class).getResultList());
        List<String> seenByB = asTenant(tenantB, session ->
                session.createQuery("select r.slug from Repository r", String.class).getResultList());

        assertThat(seenByA).containsExactly("a-one", "a-two");
        assertThat(seenByB).containsExactly("b-one");
    }

    @Test
    void nativeSqlWithoutTenantFilterIsStillIsolatedByRowLevelSecurity() {
        asTenant(tenantA, session -> persistAll(session, "a-one", "a-two"));
        asTenant(tenantB, session -> persistAll(session, "b-one"));

        List<String> slugsSeenByB = asTenant(tenantB, session ->
                session.createNativeQuery("select slug from repository", String.class).getResultList());

        assertThat(slugsSeenByB).containsExactly("b-one");
    }

    @Test
    void withoutTenantNothingIsVisible() {
        asTenant(tenantA, session -> persistAll(session, "a-one"));

        List<String> slugs = asTenant(TenantSetting.NO_TENANT, session ->
                session.createNativeQuery("select slug from repository", String.class).getResultList());

        assertThat(slugs).isEmpty();
    }

    private Object persistAll(Session session, String... slugs) {
        for (String slug : slugs) {
            session.persist(new Repository("{" + slug + "}", slug, slug));
        }
        return null;
    }

    private <T> T asTenant(UUID tenant, Function<Session, T> work) {
        currentTenant.set(tenant);
        try {
            return sessions.fromTransaction(work);
        } finally {
            currentTenant.set(TenantSetting.NO_TENANT);
        }
    }

    private UUID install(String clientKey) {
        Tenant tenant = new Tenant(clientKey, Tenant.Door.CONNECT, new Workspace("{" + clientKey + "}", clientKey, clientKey, "team"),
                "https://api.bitbucket.org", Instant.now());
        sessions.inTransaction(session -> session.persist(tenant));
        return tenant.id();
    }

    /**
     * Connections that arrive already inside a transaction, as WildFly's JTA datasource hands them out,
     * so the transaction-local tenant setting lasts the whole transaction.
     */
    private static DataSource inTransaction(DataSource dataSource) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    Object result = method.invoke(dataSource, args);
                    if (result instanceof Connection connection) {
                        connection.setAutoCommit(false);
                    }
                    return result;
                });
    }
}
