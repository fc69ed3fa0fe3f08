package com.bitgraphs.web.workspace;

import com.bitgraphs.access.boundary.ApiTokens;
import com.bitgraphs.access.boundary.ViewerPermissions;
import com.bitgraphs.bitbucket.control.BitbucketException;
import com.bitgraphs.tenant.entity.Tenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.ServiceUnavailableException;

import java.util.Optional;
import java.util.Set;

/**
 * What the caller may see and do in their workspace. An API token reads every repository (an admin made it for
 * the whole workspace); a Bitbucket user reads the repositories Bitbucket says they may read; settings need an
 * admin token or a workspace owner. When Bitbucket cannot be asked, the answer is no rather than everything.
 */
@RequestScoped
public class CallerAccess {

    @Inject
    Caller caller;

    @Inject
    ViewerPermissions permissions;

    /** Every repository when empty; otherwise the ids of the repositories the caller may read. */
    public Optional<Set<Long>> readableRepositoryIds(Tenant tenant) {
        if (caller.token().isPresent()) {
            return Optional.empty();
        }
        String user = caller.user().orElse(null);
        if (user == null) {
            return Optional.of(Set.of());
        }
        try {
            return Optional.of(permissions.readableRepositories(tenant, user));
        } catch (BitbucketException | IllegalStateException e) {
            throw new ServiceUnavailableException("Bitbucket could not say which repositories you may read; try again shortly");
        }
    }

    public void requireAdmin(Tenant tenant) {
        if (caller.token().isPresent()) {
            if (caller.token().get().scope() != ApiTokens.Scope.ADMIN) {
                throw new ForbiddenException("This API token may read reports but not change settings; an admin token may");
            }
            return;
        }
        String user = caller.user().orElseThrow(() -> new ForbiddenException("Only a workspace admin may change settings"));
        boolean admin;
        try {
            admin = permissions.administers(tenant, user);
        } catch (BitbucketException | IllegalStateException e) {
            throw new ServiceUnavailableException("Bitbucket could not say whether you administer this workspace; try again shortly");
        }
        if (!admin) {
            throw new ForbiddenException("Only a workspace admin may change settings");
        }
    }

    /** Who made a change, for the record: the user, or the token's id. */
    public String actor() {
        return caller.user().orElseGet(() -> caller.token().map(t -> "token:" + t.tokenId()).orElse("unknown"));
    }
}
