package com.bitgraphs.retention.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;

/**
 * A tenant's records in the JBeret JDBC job repository. Every sync is started with the job parameter
 * {@code tenant=<uuid>} ({@code BackfillJob}), which JBeret stores as lines {@code key = value} in
 * {@code job_execution.jobparameters}; deleting the job instances removes their executions, steps and
 * partitions through the repository's own {@code ON DELETE CASCADE} keys.
 */
final class JobRecords {

    private JobRecords() {
    }

    static int delete(Connection connection, UUID[] tenants) throws SQLException {
        if (!repositoryExists(connection)) {
            return 0;
        }
        String[] patterns = Arrays.stream(tenants).map(JobRecords::parameterPattern).toArray(String[]::new);
        try (PreparedStatement delete = connection.prepareStatement("""
                delete from job_instance where jobinstanceid in (
                    select jobinstanceid from job_execution where jobparameters ~ any (?))""")) {
            delete.setArray(1, connection.createArrayOf("text", patterns));
            return delete.executeUpdate();
        }
    }

    /** The whole line {@code tenant = <uuid>}, so no other parameter's value can match. */
    static String parameterPattern(UUID tenant) {
        return "(^|\\n)\\s*tenant\\s*=\\s*" + tenant + "\\s*(\\n|$)";
    }

    private static boolean repositoryExists(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select to_regclass('job_instance') is not null and to_regclass('job_execution') is not null")) {
            row.next();
            return row.getBoolean(1);
        }
    }
}
