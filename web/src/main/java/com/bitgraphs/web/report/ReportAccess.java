package com.bitgraphs.web.report;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;
import java.util.Set;

/**
 * What the caller may see and change, the one place the reports ask. Until the lead's
 * {@code com.bitgraphs.web.workspace.CallerAccess} is merged every caller reads every repository and may change
 * settings; then both methods delegate to it ({@code readableRepositoryIds()}, {@code requireAdmin()}).
 */
@RequestScoped
public class ReportAccess {

    /** Empty: every repository of the workspace. */
    public Optional<Set<Long>> readableRepositoryIds() {
        return Optional.empty();
    }

    /** Throws a 403 problem unless the caller is a workspace admin; every settings change calls it first. */
    public void requireAdmin() {
        // CallerAccess.requireAdmin() plugs in here
    }
}
