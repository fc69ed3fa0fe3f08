package com.bitgraphs.ingest.batch;

import com.bitgraphs.bitbucket.boundary.BitbucketClients;
import com.bitgraphs.bitbucket.entity.Account;
import com.bitgraphs.bitbucket.entity.WorkspaceMembership;
import com.bitgraphs.ingest.boundary.IngestStore;
import com.bitgraphs.tenant.boundary.Tenants;
import com.bitgraphs.tenant.entity.Tenant;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The last step: the workspace's members as identities, so people without commits show up too. */
@Dependent
@Named
public class MemberListing extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String tenant;

    @Inject
    Tenants tenants;

    @Inject
    BitbucketClients clients;

    @Inject
    IngestStore store;

    @Override
    public String process() {
        UUID id = UUID.fromString(tenant);
        Tenant installed = tenants.byId(id).orElseThrow();
        List<Account> members = new ArrayList<>();
        clients.forTenant(installed).forEachPage(api -> api.members(installed.workspace().slug(), 100),
                WorkspaceMembership.class, page -> page.values().forEach(membership -> members.add(membership.user())));
        store.members(id, members);
        return "COMPLETED";
    }
}
