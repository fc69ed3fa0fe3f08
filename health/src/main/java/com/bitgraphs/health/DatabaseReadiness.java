package com.bitgraphs.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The database answers as the application role, and that role cannot bypass row-level security: a
 * server whose datasource was pointed at a superuser is not ready to serve tenants.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/Bitgraphs")
    DataSource app;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = app.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet row = statement.executeQuery(
                    "select current_user, rolsuper or rolbypassrls from pg_roles where rolname = current_user")) {
                row.next();
                String role = row.getString(1);
                response.withData("role", role);
                if (row.getBoolean(2)) {
                    return response.down().withData("reason", "the application role bypasses row-level security").build();
                }
                return response.up().build();
            }
        } catch (Exception e) {
            return response.down().withData("reason", "database unreachable: " + e.getMessage()).build();
        }
    }
}
