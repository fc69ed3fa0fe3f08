package com.bitgraphs.access.boundary;

import com.bitgraphs.bitbucket.boundary.BitbucketClients;
import com.bitgraphs.bitbucket.control.BitbucketClient;
import com.bitgraphs.bitbucket.entity.RepositoryPermission;
import com.bitgraphs.bitbucket.entity.WorkspacePermission;
import com.bitgraphs.ingest.control.TenantJdbc;
import com.bitgraphs.tenant.entity.Tenant;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a Bitbucket user may see in a workspace, asked of Bitbucket ({@code /workspaces/{ws}/permissions} and
 * {@code .../permissions/repositories}, filtered to the user) and remembered for a short while, so a page's many
 * report calls cost two Bitbucket calls, and a revoked permission takes effect within the cache time.
 */
@ApplicationScoped
public class ViewerPermissions {

    private static final int MAX_ENTRIES = 10_000;

    private record Key(java.util.UUID tenant, String user, String what) {
    }

    private record Entry<T>(T value, Instant expires) {
    }

    @Inject
    BitbucketClients clients;

    @Inject
    Clock clock;

    @Resource(lookup = "java:jboss/datasources/Bitgraphs")
    DataSource app;

    @Inject
    @ConfigProperty(name = "bitgraphs.access.cache-seconds", defaultValue = "60")
    int cacheSeconds;

    private final Map<Key, Entry<?>> cache = new ConcurrentHashMap<>();

    /** The ids of the stored repositories the user may read. */
    @Transactional
    public Set<Long> readableRepositories(Tenant tenant, String user) {
        Set<String> uuids = remembered(new Key(tenant.id(), user, "repositories"), () -> {
            Set<String> readable = new HashSet<>();
            client(tenant).forEachPage(api -> api.repositoryPermissions(tenant.workspace().slug(), filter(user), 100),
                    RepositoryPermission.class, page -> page.values().forEach(p -> readable.add(p.repository().uuid())));
            return readable;
        });
        return TenantJdbc.inTenant(app, tenant.id(), connection -> {
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement("select id from repository where uuid = any(?)")) {
                select.setArray(1, connection.createArrayOf("text", uuids.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /** Whether the user administers the workspace (Bitbucket's {@code owner}). */
    public boolean administers(Tenant tenant, String user) {
        return remembered(new Key(tenant.id(), user, "owner"), () -> {
            boolean[] owner = {false};
            client(tenant).forEachPage(api -> api.workspacePermissions(tenant.workspace().slug(), filter(user)),
                    WorkspacePermission.class, page -> page.values().forEach(p -> owner[0] |= "owner".equals(p.permission())));
            return owner[0];
        });
    }

    private BitbucketClient client(Tenant tenant) {
        return clients.forTenant(tenant);
    }

    /** Bitbucket names users by uuid ({@code {...}}) or by Atlassian account id; a page token may carry either. */
    static String filter(String user) {
        String quoted = user.replace("\\", "\\\\").replace("\"", "\\\"");
        return user.startsWith("{") ? "user.uuid=\"" + quoted + "\"" : "user.account_id=\"" + quoted + "\"";
    }

    @SuppressWarnings("unchecked")
    private <T> T remembered(Key key, Supplier<T> ask) {
        Instant now = clock.instant();
        Entry<?> entry = cache.get(key);
        if (entry != null && entry.expires().isAfter(now)) {
            return (T) entry.value();
        }
        T value = ask.get();
        if (cache.size() >= MAX_ENTRIES) {
            cache.values().removeIf(e -> !e.expires().isAfter(now));
        }
        cache.put(key, new Entry<>(value, now.plus(Duration.ofSeconds(cacheSeconds))));
        return value;
    }
}
