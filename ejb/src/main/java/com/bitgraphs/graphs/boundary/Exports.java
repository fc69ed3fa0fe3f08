package com.bitgraphs.graphs.boundary;

import com.bitgraphs.graphs.control.ExportQueries;
import com.bitgraphs.graphs.control.PeopleScope;
import com.bitgraphs.graphs.entity.ExportRows;
import com.bitgraphs.graphs.entity.ReportFilter;
import com.bitgraphs.ingest.control.TenantJdbc;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The streamed exports. Each runs in one transaction, which the server-side cursor needs (PostgreSQL fetches
 * in batches only without autocommit); the sink writes every row to the response as it is read.
 */
@Stateless
public class Exports {

    @Resource(lookup = "java:jboss/datasources/Bitgraphs")
    DataSource app;

    public long commits(ReportFilter filter, ExportRows.Sink<ExportRows.CommitRow> sink) {
        return TenantJdbc.inTenant(app, filter.tenant(), connection -> {
            try {
                return ExportQueries.commits(connection, filter, PeopleScope.excludedPersons(connection), sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public long pullRequests(ReportFilter filter, ExportRows.Sink<ExportRows.PullRequestRow> sink) {
        return TenantJdbc.inTenant(app, filter.tenant(), connection -> {
            try {
                return ExportQueries.pullRequests(connection, filter, PeopleScope.excludedPersons(connection), sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
