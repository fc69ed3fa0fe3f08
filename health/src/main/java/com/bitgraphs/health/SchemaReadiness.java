package com.bitgraphs.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import javax.management.InstanceNotFoundException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The application is deployed and its migrations are applied: the EAR publishes the migration outcome
 * through JMX, and the database's Flyway history must hold the version the EAR packages.
 */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

    static final String SCHEMA_STATUS = "com.bitgraphs:type=SchemaStatus";

    @Resource(lookup = "java:jboss/datasources/Bitgraphs")
    DataSource app;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("schema");
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(SCHEMA_STATUS);
            String state = (String) server.getAttribute(name, "State");
            String expected = (String) server.getAttribute(name, "ExpectedVersion");
            response.withData("state", state);
            if (!"migrated".equals(state)) {
                String error = (String) server.getAttribute(name, "Error");
                return response.down().withData("reason", "migrations " + state
                        + (error.isEmpty() ? "" : ": " + error)).build();
            }
            String applied = appliedVersion();
            response.withData("version", applied);
            if (!expected.equals(applied)) {
                return response.down().withData("reason", "database at version " + applied
                        + ", application needs " + expected).build();
            }
            return response.up().build();
        } catch (InstanceNotFoundException e) {
            return response.down().withData("reason", "the Bitgraphs application is not deployed").build();
        } catch (Exception e) {
            return response.down().withData("reason", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
    }

    private String appliedVersion() throws Exception {
        try (Connection connection = app.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet row = statement.executeQuery(
                    "select version from flyway_schema_history where success and version is not null"
                            + " order by installed_rank desc limit 1")) {
                return row.next() ? row.getString(1) : "none";
            }
        }
    }
}
