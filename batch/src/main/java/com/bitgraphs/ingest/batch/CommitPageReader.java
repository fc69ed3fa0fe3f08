package com.bitgraphs.ingest.batch;

import com.bitgraphs.bitbucket.boundary.BitbucketClients;
import com.bitgraphs.bitbucket.control.BitbucketApi;
import com.bitgraphs.bitbucket.control.BitbucketClient;
import com.bitgraphs.bitbucket.entity.Commit;
import com.bitgraphs.bitbucket.entity.Page;
import com.bitgraphs.tenant.boundary.Tenants;
import com.bitgraphs.tenant.entity.Tenant;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

/**
 * A repository's commits from every branch and tag, 100 a page, following {@code next}; its checkpoint is
 * the page being read, so a stopped job resumes on that page.
 */
@Dependent
@Named
public class CommitPageReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String tenant;

    @Inject
    @BatchProperty
    String repositorySlug;

    @Inject
    Tenants tenants;

    @Inject
    BitbucketClients clients;

    private BitbucketClient client;
    private String workspace;
    private final Deque<Commit> buffer = new ArrayDeque<>();
    private String page;
    private String next;
    private int taken;
    private boolean started;

    @Override
    public void open(Serializable checkpoint) {
        Tenant installed = tenants.byId(UUID.fromString(tenant)).orElseThrow();
        client = clients.forTenant(installed);
        workspace = installed.workspace().slug();
        if (checkpoint instanceof PageCursor cursor) {
            load(cursor.page());
            for (int i = 0; i < cursor.taken() && !buffer.isEmpty(); i++) {
                buffer.removeFirst();
            }
            taken = cursor.taken();
        }
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty()) {
            if (started && next == null) {
                return null;
            }
            load(started ? next : null);
            if (buffer.isEmpty()) {
                return null;
            }
        }
        taken++;
        return buffer.removeFirst();
    }

    @Override
    public Serializable checkpointInfo() {
        // A fully taken page points at its successor, so a restart does not refetch it
        return buffer.isEmpty() && next != null ? new PageCursor(next, 0) : new PageCursor(page, taken);
    }

    private void load(String link) {
        Page<Commit> loaded = link == null
                ? client.get(api -> api.commits(workspace, repositorySlug, null, null, BitbucketApi.MAX_COMMITS_PAGE))
                : client.next(link, Commit.class);
        started = true;
        page = link;
        next = loaded.hasNext() ? loaded.next() : null;
        taken = 0;
        buffer.clear();
        buffer.addAll(loaded.values());
    }
}
