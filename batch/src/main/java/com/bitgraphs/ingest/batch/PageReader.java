package com.bitgraphs.ingest.batch;

import com.bitgraphs.bitbucket.control.BitbucketClient;
import com.bitgraphs.bitbucket.entity.Page;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads a paged Bitbucket list item by item, following {@code next}; its checkpoint is the page being
 * read, so a stopped job resumes on that page and writes (idempotent) make up for the items read twice.
 */
public abstract class PageReader<T> extends AbstractItemReader {

    @Inject
    @BatchProperty
    String tenant;

    @Inject
    @BatchProperty
    String repositorySlug;

    @Inject
    JobTenant jobTenant;

    private BitbucketClient client;
    private String workspace;
    private final Deque<T> buffer = new ArrayDeque<>();
    private String page;
    private String next;
    private int taken;
    private boolean started;

    /** Whether the list can stop after this page, e.g. a resync that met stored commits. */
    protected boolean lastNeeded(Page<T> page) {
        return false;
    }

    /** The first page of the list. */
    protected abstract Page<T> firstPage(BitbucketClient client, String workspace, String repositorySlug);

    protected abstract Class<T> itemType();

    @Override
    public void open(Serializable checkpoint) {
        JobTenant.Connected connected = jobTenant.connect(tenant);
        client = connected.client();
        workspace = connected.workspace();
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
        // A fully taken page points at its successor, so a restart does not fetch it again
        return buffer.isEmpty() && next != null ? new PageCursor(next, 0) : new PageCursor(page, taken);
    }

    private void load(String link) {
        Page<T> loaded = link == null ? firstPage(client, workspace, repositorySlug) : client.next(link, itemType());
        started = true;
        page = link;
        next = loaded.hasNext() && !lastNeeded(loaded) ? loaded.next() : null;
        taken = 0;
        buffer.clear();
        buffer.addAll(loaded.values());
    }
}
