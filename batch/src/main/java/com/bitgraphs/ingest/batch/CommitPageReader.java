package com.bitgraphs.ingest.batch;

import com.bitgraphs.bitbucket.control.BitbucketApi;
import com.bitgraphs.bitbucket.control.BitbucketClient;
import com.bitgraphs.bitbucket.entity.Commit;
import com.bitgraphs.bitbucket.entity.Page;
import com.bitgraphs.ingest.boundary.IngestStore;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.UUID;

/**
 * A repository's commits from every branch and tag, 100 a page: one list call per 100 commits. A resync
 * stops at the first page whose commits are all stored: newest first, what follows is stored too.
 */
@Dependent
@Named
public class CommitPageReader extends PageReader<Commit> {

    @Inject
    @BatchProperty
    String incremental;

    @Inject
    @BatchProperty
    String repositoryId;

    @Inject
    IngestStore store;

    @Override
    protected boolean lastNeeded(Page<Commit> page) {
        if (!Boolean.parseBoolean(incremental) || page.values().isEmpty()) {
            return false;
        }
        List<String> hashes = page.values().stream().map(Commit::hash).toList();
        return store.knownHashes(UUID.fromString(tenant), Long.parseLong(repositoryId), hashes).containsAll(hashes);
    }

    @Override
    protected Page<Commit> firstPage(BitbucketClient client, String workspace, String repositorySlug) {
        return client.get(api -> api.commits(workspace, repositorySlug, null, null, BitbucketApi.MAX_COMMITS_PAGE));
    }

    @Override
    protected Class<Commit> itemType() {
        return Commit.class;
    }
}
