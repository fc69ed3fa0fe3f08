package com.bitgraphs.schema.control;

/**
 * The outcome of the migrations, read through JMX by the health deployment, which lives beside the EAR
 * because MicroProfile Health checks inside EAR sub-deployments are not registered (WFLY-12835).
 */
public interface SchemaStatusMXBean {

    String OBJECT_NAME = "com.bitgraphs:type=SchemaStatus";

    /** {@code migrating}, {@code migrated} or {@code failed}. */
    String getState();

    /** The highest packaged migration version, which the database must have applied. */
    String getExpectedVersion();

    /** Why the migration failed, empty otherwise. */
    String getError();
}
