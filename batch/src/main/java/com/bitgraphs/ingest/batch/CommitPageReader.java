package com.bitgraphs.ingest.batch;

import com.bitgraphs.bitbucket.control.BitbucketApi;
import com.bitgraphs.bitbucket.control.BitbucketClient;
import com.bitgraphs.bitbucket.entity.Commit;
import com.bitgraphs.bitbucket.entity.Page;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** A repository's commits from every branch and tag, 100 a page: one list call per 100 commits. */
@Dependent
@Named
public class CommitPageReader extends PageReader<Commit> {

    @Override
    protected Page<Commit> firstPage(BitbucketClient client, String workspace, String repositorySlug) {
        return client.get(api -> api.commits(workspace, repositorySlug, null, null, BitbucketApi.MAX_COMMITS_PAGE));
    }

    @Override
    protected Class<Commit> itemType() {
        return Commit.class;
    }
}
