package com.bitgraphs.it;

import com.bitgraphs.launcher.DatabaseRoles;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import org.testcontainers.containers.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Testcontainers' PostgreSQL, bound to the host port the server was told, with the same three roles the
 * embedded server gets. Used only where a Docker engine answers.
 */
final class ContainerDatabase implements AutoCloseable {

    private static final String IMAGE = "postgres:17";

    private final PostgreSQLContainer<?> container;

    private ContainerDatabase(PostgreSQLContainer<?> container) {
        this.container = container;
    }

    static ContainerDatabase start(int hostPort, String ownerPassword, String appPassword, String maintenancePassword) throws SQLException {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(IMAGE)
                .withDatabaseName("postgres")
                .withCreateContainerCmdModifier(command -> command.getHostConfig().withPortBindings(
                        new PortBinding(Ports.Binding.bindPort(hostPort), new ExposedPort(PostgreSQLContainer.POSTGRESQL_PORT))));
        container.start();
        try (Connection superuser = DriverManager.getConnection(container.getJdbcUrl(), container.getUsername(), container.getPassword())) {
            DatabaseRoles.provision(superuser, "jdbc:postgresql://127.0.0.1:" + hostPort + "/", ownerPassword, appPassword, maintenancePassword);
            return new ContainerDatabase(container);
        } catch (SQLException | RuntimeException e) {
            container.stop();
            throw e;
        }
    }

    @Override
    public void close() {
        container.stop();
    }
}
