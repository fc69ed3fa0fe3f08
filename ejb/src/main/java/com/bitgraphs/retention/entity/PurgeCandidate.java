package com.bitgraphs.retention.entity;

import java.time.Instant;
import java.util.UUID;

/**
 * An uninstalled tenant and when its retention ends: the first sweep at or after {@code purgeDue} purges it.
 *
 * @param clientKey kept only to erase the tenant's audit lines; never shown
 */
public record PurgeCandidate(UUID tenant, String clientKey, String workspaceSlug, Instant uninstalledAt, Instant purgeDue) {
}
