package com.bitgraphs.tenant.boundary;

import java.util.UUID;

/** Fired when a workspace is installed, reinstalled or registered: its backfill starts once the transaction commits. */
public record TenantInstalled(UUID tenant) {
}
