package com.bitgraphs.ingest.batch;

import com.bitgraphs.bitbucket.entity.Account;
import com.bitgraphs.bitbucket.entity.WorkspaceMembership;
import com.bitgraphs.ingest.boundary.IngestStore;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/** The last step: the workspace's members as identities, so people without commits show up too. */
@Dependent
@Named
public class MemberListing extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String tenant;

    @Inject
    JobTenant jobTenant;

    @Inject
    IngestStore store;

    @Override
    public String process() {
        JobTenant.Connected connected = jobTenant.connect(tenant);
        List<Account> members = new ArrayList<>();
        connected.client().forEachPage(api -> api.members(connected.workspace(), 100),
                WorkspaceMembership.class, page -> page.values().forEach(membership -> members.add(membership.user())));
        store.members(connected.id(), members);
        return "COMPLETED";
    }
}
