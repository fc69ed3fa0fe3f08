package com.bitgraphs.retention.entity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one sweep did: when it ran, the tenants it purged and how many rows it deleted per table.
 */
public record PurgeReport(Instant sweptAt, List<PurgeCandidate> purged, Map<String, Integer> deletedRows) {
}
