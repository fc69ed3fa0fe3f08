package com.bitgraphs.web.workspace;

import jakarta.enterprise.context.RequestScoped;

/**
 * The one place where workspace-admin-only endpoints check their caller. Until per-user access arrives
 * ({@code CallerAccess.requireAdmin()}), those endpoints accept only a Connect JWT bound to the request
 * (never a page's context token), which only the holder of the tenant's shared secret can sign.
 */
@RequestScoped
public class WorkspaceAdmin {

    public void require() {
        // CallerAccess.requireAdmin() plugs in here; the JWT filter already refused context tokens
    }
}
