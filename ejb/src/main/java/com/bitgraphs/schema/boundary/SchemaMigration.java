package com.bitgraphs.schema.boundary;

import com.bitgraphs.schema.control.ApplicationRole;
import com.bitgraphs.schema.control.MaintenanceRole;
import com.bitgraphs.schema.control.Migrations;
import com.bitgraphs.schema.control.SchemaStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import javax.sql.DataSource;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies the migrations at deployment, as the owner, before the deployment completes: no request is
 * served and no other startup bean (they declare {@code @DependsOn("SchemaMigration")}) runs before the
 * schema is current. A failed migration fails the deployment and readiness says why.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/BitgraphsOwner")
    DataSource owner;

    @Resource(lookup = "java:jboss/datasources/Bitgraphs")
    DataSource app;

    @Resource(lookup = "java:jboss/datasources/BitgraphsMaintenance")
    DataSource maintenance;

    private final SchemaStatus status = new SchemaStatus();

    @PostConstruct
    void migrate() {
        try {
            status.register();
            String ownerRole = ApplicationRole.currentUser(owner);
            ApplicationRole appRole = ApplicationRole.of(app, ownerRole);
            MaintenanceRole maintenanceRole = MaintenanceRole.of(maintenance, ownerRole, appRole.name());
            Migrations migrations = new Migrations(owner, appRole.name(), maintenanceRole.name(), SchemaMigration.class.getClassLoader());
            var result = migrations.migrate();
            String version = migrations.latestPackagedVersion();
            status.migrated(version);
            LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted
                    + " migrations applied now); application role " + appRole.name() + ", maintenance role " + maintenanceRole.name());
        } catch (Exception e) {
            status.failed(e.getMessage());
            LOG.log(Level.SEVERE, "Schema migration failed", e);
            throw new IllegalStateException("Schema migration failed: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void unregister() {
        status.unregister();
    }
}
