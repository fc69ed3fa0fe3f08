package com.bitgraphs.web.report;

import com.bitgraphs.web.workspace.CallerAccess;
import com.bitgraphs.graphs.boundary.Reports;
import com.bitgraphs.graphs.entity.ReportFilter;
import com.bitgraphs.tenant.entity.Tenant;
import com.bitgraphs.web.workspace.CallerWorkspace;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One report call: the caller's workspace (404 for any other), its validated parameters, the repositories
 * they name resolved among those the caller may read (an unknown or unreadable slug is the same 400), and
 * whether the answer is CSV.
 */
@RequestScoped
public class ReportRequest {

    /** A report call resolved: the filter for the graphs component, and the answer's format. */
    public record Resolved(Tenant tenant, ReportFilter filter, boolean csv) {
    }

    @Inject
    CallerWorkspace callerWorkspace;

    @Inject
    CallerAccess access;

    @Inject
    Reports reports;

    @Inject
    Clock clock;

    public Resolved resolve(String workspace, UriInfo uri, HttpHeaders headers) {
        Tenant tenant = callerWorkspace.named(workspace);
        ReportParameters parameters = ReportParameters.parse(uri.getQueryParameters(), clock);
        Optional<Set<Long>> readable = access.readableRepositoryIds(tenant);
        Optional<Set<Long>> repositories = readable;
        if (!parameters.repositories().isEmpty()) {
            Map<String, Long> ids = reports.repositoryIds(tenant.id(), readable);
            Set<Long> named = new HashSet<>();
            for (String slug : parameters.repositories()) {
                Long id = ids.get(slug);
                if (id == null) {
                    throw new BadRequestException("repository: no repository '" + slug + "' in this workspace");
                }
                named.add(id);
            }
            repositories = Optional.of(named);
        }
        ReportFilter filter = new ReportFilter(tenant.id(), parameters.since(), parameters.until(), parameters.zone(), repositories,
                parameters.authors(), parameters.excludeMerges());
        boolean csv = parameters.csv() || (uri.getQueryParameters().getFirst("format") == null && prefersCsv(headers));
        return new Resolved(tenant, filter, csv);
    }

    /** The first acceptable type that names CSV or JSON decides; a wildcard means JSON. */
    static boolean prefersCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardSubtype()) {
                return false;
            }
            if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
                return true;
            }
        }
        return false;
    }
}
