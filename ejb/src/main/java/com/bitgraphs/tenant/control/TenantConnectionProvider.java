package com.bitgraphs.tenant.control;

import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.hibernate.service.spi.Configurable;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * The second wall: every connection Hibernate takes for a tenant first gets the tenant setting that the
 * row-level security policies read, so even a query that forgot its tenant filter sees one tenant's rows.
 */
public class TenantConnectionProvider implements MultiTenantConnectionProvider<UUID>, Configurable {

    private static final String[] DATASOURCE_SETTINGS = {
            "jakarta.persistence.jtaDataSource", "jakarta.persistence.nonJtaDataSource", "hibernate.connection.datasource"};

    private transient DataSource dataSource;

    @Override
    public void configure(Map<String, Object> settings) {
        for (String key : DATASOURCE_SETTINGS) {
            Object value = settings.get(key);
            if (value instanceof DataSource given) {
                dataSource = given;
                return;
            }
            if (value instanceof String jndiName && !jndiName.isBlank()) {
                dataSource = lookup(jndiName);
                return;
            }
        }
        throw new IllegalStateException("No datasource configured for the tenant connection provider");
    }

    private static DataSource lookup(String jndiName) {
        try {
            return (DataSource) new InitialContext().lookup(jndiName);
        } catch (NamingException e) {
            throw new IllegalStateException("Datasource " + jndiName + " not found", e);
        }
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(UUID tenant) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            TenantSetting.apply(connection, tenant);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void releaseConnection(UUID tenant, Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return true;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (isUnwrappableAs(type)) {
            return type.cast(this);
        }
        throw new IllegalArgumentException("Cannot unwrap to " + type);
    }
}
