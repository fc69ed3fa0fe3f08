package com.bitgraphs.ingest.batch;

import com.bitgraphs.bitbucket.entity.PullRequest;
import com.bitgraphs.ingest.boundary.IngestStore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.util.List;
import java.util.UUID;

/** A chunk of pull requests with their participants, keeping the newest {@code updated_on}. */
@Dependent
@Named
public class PullRequestWriter extends RepositoryChunkWriter<PullRequest> {

    @Override
    protected String phase() {
        return "pull-requests";
    }

    @Override
    protected Class<PullRequest> itemType() {
        return PullRequest.class;
    }

    @Override
    protected void write(IngestStore store, UUID tenant, long repositoryId, List<PullRequest> pullRequests) {
        store.pullRequests(tenant, repositoryId, pullRequests);
    }
}
