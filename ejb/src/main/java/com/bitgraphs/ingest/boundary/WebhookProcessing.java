package com.bitgraphs.ingest.boundary;

import com.bitgraphs.bitbucket.boundary.BitbucketClients;
import com.bitgraphs.bitbucket.control.BitbucketApi;
import com.bitgraphs.bitbucket.control.BitbucketClient;
import com.bitgraphs.bitbucket.entity.Commit;
import com.bitgraphs.bitbucket.entity.DiffstatEntry;
import com.bitgraphs.bitbucket.entity.Page;
import com.bitgraphs.bitbucket.entity.PullRequest;
import com.bitgraphs.bitbucket.entity.Repository;
import com.bitgraphs.ingest.control.DeliveryPayload;
import com.bitgraphs.tenant.boundary.Tenants;
import com.bitgraphs.tenant.entity.Tenant;
import com.bitgraphs.people.boundary.People;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Applies a tenant's stored deliveries, oldest first, after they were answered. {@code repo:push} fetches
 * every new commit ({@code include=<new>&exclude=<old>}, not only the five of the payload) and their lines, and
 * after a forced push or a deleted branch forgets the commits nothing reaches any more;
 * {@code pullrequest:*} upserts the pull request, keeping the newest {@code updated_on}; {@code repo:updated}
 * follows renames. A delivery that fails stays stored and is tried again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookProcessing {

    private static final Logger LOG = Logger.getLogger(WebhookProcessing.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    Tenants tenants;

    @Inject
    BitbucketClients clients;

    @Inject
    IngestStore store;

    @Inject
    People people;

    @Asynchronous
    public void drain(UUID tenant) {
        Optional<Tenant> installed = tenants.byId(tenant).filter(Tenant::installed);
        if (installed.isEmpty()) {
            return;
        }
        BitbucketClient client = clients.forTenant(installed.get());
        for (WebhookDeliveries.Pending delivery : deliveries.pending(tenant, 100)) {
            try {
                apply(installed.get(), client, delivery);
                deliveries.processed(tenant, delivery.id());
            } catch (RuntimeException e) {
                LOG.warning(() -> "webhook delivery " + delivery.id() + " of tenant " + tenant + " failed: " + e.getMessage());
                deliveries.failed(tenant, delivery.id(), String.valueOf(e.getMessage()));
            }
        }
        people.regroup(tenant);
    }

    private void apply(Tenant tenant, BitbucketClient client, WebhookDeliveries.Pending delivery) {
        DeliveryPayload payload = DeliveryPayload.parse(delivery.payload());
        String event = delivery.eventKey();
        if (event.equals("repo:push")) {
            push(tenant, client, payload);
        } else if (event.startsWith("pullrequest:") && payload.pullRequest().isPresent()) {
            IngestStore.RepositoryRef repository = repository(tenant, client, payload);
            store.pullRequests(tenant.id(), repository.id(),
                    List.of(JSON.fromJson(payload.pullRequest().get().toString(), PullRequest.class)));
        } else if (event.equals("repo:updated") && payload.repository().isPresent()) {
            store.repositories(tenant.id(), List.of(JSON.fromJson(payload.repository().get().toString(), Repository.class)));
        }
    }

    private void push(Tenant tenant, BitbucketClient client, DeliveryPayload payload) {
        IngestStore.RepositoryRef repository = repository(tenant, client, payload);
        String workspace = tenant.workspace().slug();
        boolean historyRewritten = false;
        for (DeliveryPayload.RefChange change : payload.refChanges()) {
            historyRewritten |= change.forced() || change.newHash().isEmpty();
            if (change.newHash().isEmpty()) {
                continue;
            }
            List<String> exclude = change.oldHash().map(List::of).orElse(null);
            List<Commit> fresh = new ArrayList<>();
            Page<Commit> page = client.get(api -> api.commits(workspace, repository.slug(), List.of(change.newHash().get()),
                    exclude, BitbucketApi.MAX_COMMITS_PAGE));
            while (true) {
                List<String> hashes = page.values().stream().map(Commit::hash).toList();
                Set<String> known = store.knownHashes(tenant.id(), repository.id(), hashes);
                page.values().stream().filter(commit -> !known.contains(commit.hash())).forEach(fresh::add);
                // A new branch has no old tip to exclude: stop where its history joins what is stored
                if (!page.hasNext() || (exclude == null && !hashes.isEmpty() && known.containsAll(hashes))) {
                    break;
                }
                page = client.next(page.next(), Commit.class);
            }
            store.commits(tenant.id(), repository.id(), fresh);
            List<IngestStore.CommitDiffstat> diffstats = new ArrayList<>();
            for (Commit commit : fresh) {
                if (!commit.isMerge()) {
                    List<DiffstatEntry> files = new ArrayList<>();
                    client.forEachPage(api -> api.diffstat(workspace, repository.slug(), commit.hash(), BitbucketApi.MAX_DIFFSTAT_PAGE),
                            DiffstatEntry.class, p -> files.addAll(p.values()));
                    diffstats.add(new IngestStore.CommitDiffstat(commit.hash(), files));
                }
            }
            store.diffstats(tenant.id(), repository.id(), diffstats);
        }
        if (historyRewritten) {
            forgetUnreachable(tenant, client, repository);
        }
    }

    /**
     * A forced push or a deleted branch can leave commits that no branch or tag reaches: they leave the
     * numbers too. Costs one list call per 100 commits, for a rare event.
     */
    private void forgetUnreachable(Tenant tenant, BitbucketClient client, IngestStore.RepositoryRef repository) {
        Set<String> reachable = new java.util.HashSet<>();
        client.forEachPage(api -> api.commits(tenant.workspace().slug(), repository.slug(), null, null, BitbucketApi.MAX_COMMITS_PAGE),
                Commit.class, page -> page.values().forEach(commit -> reachable.add(commit.hash())));
        int removed = store.keepOnly(tenant.id(), repository.id(), reachable);
        if (removed > 0) {
            LOG.info(() -> removed + " commits no longer reachable in repository " + repository.slug() + " of tenant " + tenant.id());
        }
    }

    /** The delivery's repository, fetched and stored first if the backfill has not met it yet. */
    private IngestStore.RepositoryRef repository(Tenant tenant, BitbucketClient client, DeliveryPayload payload) {
        String uuid = payload.repositoryUuid().orElseThrow(() -> new IllegalArgumentException("delivery names no repository"));
        return store.repositoryByUuid(tenant.id(), uuid).orElseGet(() -> {
            String fullName = payload.repository().map(r -> r.getString("full_name", "")).orElse("");
            String slug = fullName.contains("/") ? fullName.substring(fullName.indexOf('/') + 1) : fullName;
            Repository fetched = client.get(api -> api.repository(tenant.workspace().slug(), slug));
            long id = store.repositories(tenant.id(), List.of(fetched)).get(fetched.slug());
            return new IngestStore.RepositoryRef(id, fetched.slug());
        });
    }
}
