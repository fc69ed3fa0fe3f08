package com.bitgraphs.ingest.batch;

import com.bitgraphs.bitbucket.control.BitbucketApi;
import com.bitgraphs.bitbucket.control.BitbucketClient;
import com.bitgraphs.bitbucket.entity.Page;
import com.bitgraphs.bitbucket.entity.PullRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.util.List;

/** A repository's pull requests in every state (the list gives only OPEN unless told), 50 a page. */
@Dependent
@Named
public class PullRequestPageReader extends PageReader<PullRequest> {

    static final List<String> ALL_STATES = List.of("OPEN", "MERGED", "DECLINED", "SUPERSEDED");

    @Override
    protected Page<PullRequest> firstPage(BitbucketClient client, String workspace, String repositorySlug) {
        return client.get(api -> api.pullRequests(workspace, repositorySlug, ALL_STATES, BitbucketApi.MAX_PULL_REQUESTS_PAGE));
    }

    @Override
    protected Class<PullRequest> itemType() {
        return PullRequest.class;
    }
}
