package com.bitgraphs.ingest.batch;

import com.bitgraphs.ingest.boundary.IngestStore;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Properties;
import java.util.UUID;

/** One partition per repository of the tenant; two run at once on our two cores. */
@Dependent
@Named
public class RepositoryPartitions implements PartitionMapper {

    @Inject
    @BatchProperty
    String tenant;

    @Inject
    @BatchProperty
    String threads;

    @Inject
    IngestStore store;

    @Override
    public PartitionPlan mapPartitions() {
        List<IngestStore.RepositoryRef> repositories = store.repositories(UUID.fromString(tenant));
        Properties[] properties = new Properties[repositories.size()];
        for (int i = 0; i < repositories.size(); i++) {
            properties[i] = new Properties();
            properties[i].setProperty("repositoryId", Long.toString(repositories.get(i).id()));
            properties[i].setProperty("repositorySlug", repositories.get(i).slug());
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(repositories.size());
        plan.setThreads(Math.max(1, Math.min(repositories.size(), threads == null ? 2 : Integer.parseInt(threads))));
        plan.setPartitionProperties(properties);
        return plan;
    }
}
