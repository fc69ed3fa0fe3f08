package com.bitgraphs.ingest.batch;

import com.bitgraphs.bitbucket.entity.Commit;
import com.bitgraphs.ingest.boundary.IngestStore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.util.List;
import java.util.UUID;

/** A chunk of commits, idempotent on (repository, hash). */
@Dependent
@Named
public class CommitWriter extends RepositoryChunkWriter<Commit> {

    @Override
    protected String phase() {
        return "commits";
    }

    @Override
    protected Class<Commit> itemType() {
        return Commit.class;
    }

    @Override
    protected void write(IngestStore store, UUID tenant, long repositoryId, List<Commit> commits) {
        store.commits(tenant, repositoryId, commits);
    }
}
