package com.bitgraphs.ingest.boundary;

import com.bitgraphs.tenant.boundary.Tenants;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Once a minute, every installed tenant's stored deliveries that are not processed yet (a failure, a server
 * stopped mid-way) are tried again, so none is lost.
 */
@Singleton
@DependsOn("SchemaMigration")
public class WebhookRetry {

    @Inject
    Tenants tenants;

    @Inject
    WebhookProcessing processing;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void retry() {
        tenants.installedIds().forEach(processing::drain);
    }
}
