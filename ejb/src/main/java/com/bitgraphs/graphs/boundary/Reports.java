package com.bitgraphs.graphs.boundary;

import com.bitgraphs.graphs.control.CommitQueries;
import com.bitgraphs.graphs.control.DirectoryQueries;
import com.bitgraphs.graphs.control.PeopleScope;
import com.bitgraphs.graphs.control.PullRequestQueries;
import com.bitgraphs.graphs.entity.CommitReports;
import com.bitgraphs.graphs.entity.Directory;
import com.bitgraphs.graphs.entity.Grouping;
import com.bitgraphs.graphs.entity.PersonRef;
import com.bitgraphs.graphs.entity.PullRequestReports;
import com.bitgraphs.graphs.entity.ReportFilter;
import com.bitgraphs.ingest.control.TenantJdbc;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every report, read inside the tenant from the rollups. Excluded people are worked out per call, so a changed
 * pattern takes effect at once.
 */
@Stateless
public class Reports {

    @FunctionalInterface
    interface Query<T> {
        T run(Connection connection, Set<Long> excluded) throws SQLException;
    }

    @Resource(lookup = "java:jboss/datasources/Bitgraphs")
    DataSource app;

    @Inject
    Clock clock;

    public List<Directory.Repository> repositories(UUID tenant, Optional<? extends Collection<Long>> readable) {
        return TenantJdbc.inTenant(app, tenant, connection -> DirectoryQueries.repositories(connection, readable));
    }

    /** Repository ids by slug, among those the caller may read. */
    public Map<String, Long> repositoryIds(UUID tenant, Optional<? extends Collection<Long>> readable) {
        return repositories(tenant, readable).stream().collect(Collectors.toMap(Directory.Repository::slug, Directory.Repository::id));
    }

    public List<Directory.Person> people(UUID tenant) {
        return query(tenant, DirectoryQueries::people);
    }

    /** The person a path names by person id or account uuid, unless unknown or excluded. */
    public Optional<PersonRef> person(UUID tenant, String user) {
        return query(tenant, (connection, excluded) -> {
            Optional<Long> person = DirectoryQueries.person(connection, user).filter(id -> !excluded.contains(id));
            return person.isEmpty() ? Optional.<PersonRef>empty()
                    : Optional.of(new PersonRef(person.get(), DirectoryQueries.name(connection, person.get())));
        });
    }

    public List<CommitReports.PeriodTotals> activity(ReportFilter filter, Grouping grouping) {
        return query(filter.tenant(), (c, excluded) -> CommitQueries.activity(c, filter, grouping, excluded));
    }

    public List<CommitReports.Contributor> contributors(ReportFilter filter, Grouping grouping, String sort) {
        return query(filter.tenant(), (c, excluded) -> CommitQueries.contributors(c, filter, grouping, sort, excluded));
    }

    public CommitReports.Contributions contributions(ReportFilter filter, PersonRef user) {
        ReportFilter narrowed = new ReportFilter(filter.tenant(), filter.since(), filter.until(), filter.zone(),
                filter.repositories(), Set.of(user.id()), filter.excludeMerges());
        return new CommitReports.Contributions(user, filter.since(), filter.until(),
                query(filter.tenant(), (c, excluded) -> CommitQueries.contributions(c, narrowed, excluded)));
    }

    public List<CommitReports.WeekFrequency> codeFrequency(ReportFilter filter) {
        return query(filter.tenant(), (c, excluded) -> CommitQueries.codeFrequency(c, filter, excluded));
    }

    public List<CommitReports.PunchCell> punchCard(ReportFilter filter) {
        return query(filter.tenant(), (c, excluded) -> CommitQueries.punchCard(c, filter, excluded));
    }

    public List<CommitReports.PeriodCommitters> topCommitters(ReportFilter filter, Grouping grouping, int limit) {
        return query(filter.tenant(), (c, excluded) -> CommitQueries.topCommitters(c, filter, grouping, limit, excluded));
    }

    public List<PullRequestReports.Throughput> pullRequests(ReportFilter filter, Grouping grouping) {
        return query(filter.tenant(), (c, excluded) -> PullRequestQueries.throughput(c, filter, grouping, excluded));
    }

    public List<PullRequestReports.ResolutionGroup> resolutionTime(ReportFilter filter) {
        return query(filter.tenant(), (c, excluded) -> PullRequestQueries.resolutionTime(c, filter, excluded));
    }

    public PullRequestReports.CycleTime cycleTime(ReportFilter filter) {
        return query(filter.tenant(), (c, excluded) -> PullRequestQueries.cycleTime(c, filter, excluded));
    }

    public List<PullRequestReports.OpenPullRequest> openPullRequests(ReportFilter filter) {
        return query(filter.tenant(), (c, excluded) -> PullRequestQueries.open(c, filter, clock.instant(), excluded));
    }

    public List<PullRequestReports.Reviewer> reviewers(ReportFilter filter) {
        return query(filter.tenant(), (c, excluded) -> PullRequestQueries.reviewers(c, filter, excluded));
    }

    private <T> T query(UUID tenant, Query<T> query) {
        return TenantJdbc.inTenant(app, tenant, connection -> query.run(connection, PeopleScope.excludedPersons(connection)));
    }
}
