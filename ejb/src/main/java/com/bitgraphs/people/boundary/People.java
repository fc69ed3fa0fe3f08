package com.bitgraphs.people.boundary;

import com.bitgraphs.ingest.control.TenantJdbc;
import com.bitgraphs.people.control.KnownIdentity;
import com.bitgraphs.people.control.Mailmap;
import com.bitgraphs.people.control.Merge;
import com.bitgraphs.people.control.PersonAssignment;
import com.bitgraphs.people.control.PersonResolution;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The people of a workspace: its {@code .mailmap}, the admin's merges, and the placement of every identity that
 * follows from them ({@code identity.person_id}), recomputed whenever rules change or new identities arrive.
 */
@Stateless
public class People {

    private static final Logger LOG = Logger.getLogger(People.class.getName());

    /** An identity as an admin sees it when merging. */
    public record IdentityView(long id, String name, String email, String accountUuid, long personId) {
    }

    @Resource(lookup = "java:jboss/datasources/Bitgraphs")
    DataSource app;

    @Inject
    Clock clock;

    public String mailmap(UUID tenant) {
        return TenantJdbc.inTenant(app, tenant, connection -> Optional.ofNullable(stored(connection)).orElse(""));
    }

    /** Stores a mailmap that parsed without errors (the caller checks) and regroups the people. */
    public void replaceMailmap(UUID tenant, String content) {
        TenantJdbc.inTenant(app, tenant, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into mailmap (tenant_id, content, updated_at) values (?, ?, ?)
                    on conflict (tenant_id) do update set content = excluded.content, updated_at = excluded.updated_at""")) {
                upsert.setObject(1, tenant);
                upsert.setString(2, content);
                upsert.setTimestamp(3, Timestamp.from(clock.instant()));
                upsert.executeUpdate();
            }
            return regroup(connection, tenant);
        });
    }

    /**
     * Merges the given identities into the person of {@code into}.
     *
     * @return the ids among them that the tenant does not know (nothing is merged then)
     */
    public Set<Long> merge(UUID tenant, long into, Set<Long> identities) {
        return TenantJdbc.inTenant(app, tenant, connection -> {
            Set<Long> unknown = new java.util.TreeSet<>(identities);
            unknown.add(into);
            try (PreparedStatement known = connection.prepareStatement("select id from identity where id = any(?)")) {
                known.setArray(1, connection.createArrayOf("bigint", unknown.toArray()));
                try (ResultSet rows = known.executeQuery()) {
                    while (rows.next()) {
                        unknown.remove(rows.getLong(1));
                    }
                }
            }
            if (!unknown.isEmpty()) {
                return unknown;
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into identity_merge (tenant_id, identity_id, into_identity_id, created_at)
                    select ?, i, ?, ? from unnest(?::bigint[]) as t(i) where i <> ?
                    on conflict (tenant_id, identity_id) do update
                    set into_identity_id = excluded.into_identity_id, created_at = excluded.created_at""")) {
                insert.setObject(1, tenant);
                insert.setLong(2, into);
                insert.setTimestamp(3, Timestamp.from(clock.instant()));
                insert.setArray(4, connection.createArrayOf("bigint", identities.toArray()));
                insert.setLong(5, into);
                insert.executeUpdate();
            }
            regroup(connection, tenant);
            return Set.of();
        });
    }

    /** @return whether the identity had been merged by an admin (a mailmap grouping stays until the mailmap changes) */
    public boolean unmerge(UUID tenant, long identity) {
        return TenantJdbc.inTenant(app, tenant, connection -> {
            int removed;
            try (PreparedStatement delete = connection.prepareStatement("delete from identity_merge where identity_id = ? or into_identity_id = ?")) {
                delete.setLong(1, identity);
                delete.setLong(2, identity);
                removed = delete.executeUpdate();
            }
            regroup(connection, tenant);
            return removed > 0;
        });
    }

    /** The identities of the person that {@code identity} belongs to, empty when the tenant has no such identity. */
    public List<IdentityView> personOf(UUID tenant, long identity) {
        return TenantJdbc.inTenant(app, tenant, connection -> {
            List<IdentityView> views = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select i.id, coalesce(i.person_name, i.display_name), i.email, i.account_uuid, coalesce(i.person_id, i.id)
                    from identity i
                    where coalesce(i.person_id, i.id) = (select coalesce(person_id, id) from identity where id = ?)
                    order by i.person_id nulls first, i.id""")) {
                select.setLong(1, identity);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        views.add(new IdentityView(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getLong(5)));
                    }
                }
            }
            return views;
        });
    }

    /** Places identities that arrived since the last regrouping; cheap when the workspace has no rules. */
    public void regroup(UUID tenant) {
        TenantJdbc.inTenant(app, tenant, connection -> regroup(connection, tenant));
    }

    private int regroup(Connection connection, UUID tenant) throws SQLException {
        Mailmap mailmap = Mailmap.parse(Optional.ofNullable(stored(connection)).orElse(""));
        List<Merge> merges = merges(connection);
        List<KnownIdentity> identities = identities(connection, !mailmap.entries().isEmpty() || !merges.isEmpty());
        Map<Long, PersonAssignment> assignments = PersonResolution.resolve(identities, mailmap, merges);
        int size = assignments.size();
        Long[] ids = new Long[size];
        Long[] persons = new Long[size];
        String[] names = new String[size];
        int i = 0;
        for (Map.Entry<Long, PersonAssignment> entry : assignments.entrySet()) {
            ids[i] = entry.getKey();
            persons[i] = entry.getValue().personId();
            names[i++] = entry.getValue().personName();
        }
        try (PreparedStatement update = connection.prepareStatement("""
                update identity set person_id = t.p, person_name = t.n
                from unnest(?::bigint[], ?::bigint[], ?::text[]) as t(i, p, n)
                where identity.id = t.i and (identity.person_id is distinct from t.p or identity.person_name is distinct from t.n)""")) {
            update.setArray(1, connection.createArrayOf("bigint", ids));
            update.setArray(2, connection.createArrayOf("bigint", persons));
            update.setArray(3, connection.createArrayOf("text", names));
            int changed = update.executeUpdate();
            if (changed > 0) {
                LOG.info(() -> "regrouped " + changed + " identities of tenant " + tenant);
            }
            return changed;
        }
    }

    private static String stored(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select content from mailmap");
             ResultSet row = select.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static List<Merge> merges(Connection connection) throws SQLException {
        List<Merge> merges = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select identity_id, into_identity_id from identity_merge order by created_at, identity_id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                merges.add(new Merge(rows.getLong(1), rows.getLong(2)));
            }
        }
        return merges;
    }

    /** Without rules only identities still grouped need a look: they must be set free. */
    private static List<KnownIdentity> identities(Connection connection, boolean all) throws SQLException {
        List<KnownIdentity> identities = new ArrayList<>();
        String sql = "select id, account_uuid, email, display_name from identity"
                + (all ? "" : " where person_id is not null or person_name is not null");
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                identities.add(new KnownIdentity(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
            }
        }
        return identities;
    }
}
