package com.bitgraphs.tenant.boundary;

import java.util.UUID;

/** Fired when a workspace uninstalls: whatever works for that tenant (jobs, timers) stops. */
public record TenantUninstalled(UUID tenant) {
}
