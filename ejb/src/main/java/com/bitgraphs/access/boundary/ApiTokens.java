package com.bitgraphs.access.boundary;

import com.bitgraphs.access.control.ApiTokenFormat;
import com.bitgraphs.ingest.control.TenantJdbc;
import com.bitgraphs.tenant.boundary.Tenants;
import com.bitgraphs.tenant.entity.Tenant;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Workspace API tokens: created once and shown once, kept as hashes, listed, revoked, and checked on each call. */
@Stateless
public class ApiTokens {

    /** What a token allows: reading reports, or also changing the workspace's settings. */
    public enum Scope { READ, ADMIN }

    public record Created(long id, String name, Scope scope, String token, Instant createdAt) {
    }

    public record Listed(long id, String name, String prefix, Scope scope, String createdBy, Instant createdAt,
                         Instant lastUsedAt, Instant revokedAt) {
    }

    /** A token that checked out: whose it is and what it allows. */
    public record Grant(UUID tenant, long tokenId, Scope scope) {
    }

    @Resource(lookup = "java:jboss/datasources/Bitgraphs")
    DataSource app;

    @Inject
    Tenants tenants;

    @Inject
    Clock clock;

    public Created create(UUID tenant, String name, Scope scope, String createdBy) {
        String token = ApiTokenFormat.generate(tenant);
        Instant now = clock.instant();
        long id = TenantJdbc.inTenant(app, tenant, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into api_token (tenant_id, name, token_hash, prefix, scope, created_by, created_at)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")) {
                insert.setObject(1, tenant);
                insert.setString(2, name);
                insert.setBytes(3, ApiTokenFormat.hash(token));
                insert.setString(4, ApiTokenFormat.prefix(token));
                insert.setString(5, scope.name().toLowerCase(java.util.Locale.ROOT));
                insert.setString(6, createdBy);
                insert.setTimestamp(7, Timestamp.from(now));
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
        return new Created(id, name, scope, token, now);
    }

    public List<Listed> list(UUID tenant) {
        return TenantJdbc.inTenant(app, tenant, connection -> {
            List<Listed> tokens = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select id, name, prefix, scope, created_by, created_at, last_used_at, revoked_at
                    from api_token order by created_at, id""");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tokens.add(new Listed(rows.getLong(1), rows.getString(2), rows.getString(3),
                            Scope.valueOf(rows.getString(4).toUpperCase(java.util.Locale.ROOT)), rows.getString(5),
                            instant(rows.getTimestamp(6)), instant(rows.getTimestamp(7)), instant(rows.getTimestamp(8))));
                }
            }
            return tokens;
        });
    }

    /** @return whether a live token with that id existed */
    public boolean revoke(UUID tenant, long id) {
        return TenantJdbc.inTenant(app, tenant, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update api_token set revoked_at = ? where id = ? and revoked_at is null")) {
                update.setTimestamp(1, Timestamp.from(clock.instant()));
                update.setLong(2, id);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** The grant of a live token of an installed workspace; empty for anything else, whatever the reason. */
    public Optional<Grant> authenticate(String token) {
        Optional<UUID> tenant = ApiTokenFormat.tenantOf(token).filter(id -> tenants.byId(id).filter(Tenant::installed).isPresent());
        if (tenant.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return TenantJdbc.inTenant(app, tenant.get(), connection -> {
            // last use is written at most once a minute, so busy scripts don't turn every read into a write
            try (PreparedStatement use = connection.prepareStatement("""
                    update api_token set last_used_at = case
                        when last_used_at is null or last_used_at < ? then ? else last_used_at end
                    where token_hash = ? and revoked_at is null returning id, scope""")) {
                use.setTimestamp(1, Timestamp.from(now.minusSeconds(60)));
                use.setTimestamp(2, Timestamp.from(now));
                use.setBytes(3, ApiTokenFormat.hash(token));
                try (ResultSet row = use.executeQuery()) {
                    return row.next() ? Optional.of(new Grant(tenant.get(), row.getLong(1),
                            Scope.valueOf(row.getString(2).toUpperCase(java.util.Locale.ROOT)))) : Optional.<Grant>empty();
                }
            }
        });
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
