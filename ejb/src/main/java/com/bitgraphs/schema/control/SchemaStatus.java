package com.bitgraphs.schema.control;

import javax.management.InstanceAlreadyExistsException;
import javax.management.InstanceNotFoundException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.JMException;
import java.lang.management.ManagementFactory;

/** Publishes the migration outcome as the {@value SchemaStatusMXBean#OBJECT_NAME} MXBean. */
public final class SchemaStatus implements SchemaStatusMXBean {

    private volatile String state = "migrating";
    private volatile String expectedVersion = "";
    private volatile String error = "";

    public void migrated(String version) {
        expectedVersion = version;
        error = "";
        state = "migrated";
    }

    public void failed(String reason) {
        error = reason;
        state = "failed";
    }

    @Override
    public String getState() {
        return state;
    }

    @Override
    public String getExpectedVersion() {
        return expectedVersion;
    }

    @Override
    public String getError() {
        return error;
    }

    public void register() throws JMException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = new ObjectName(OBJECT_NAME);
        try {
            server.registerMBean(this, name);
        } catch (InstanceAlreadyExistsException e) {
            // Left behind by a deployment that did not undeploy cleanly
            server.unregisterMBean(name);
            server.registerMBean(this, name);
        }
    }

    public void unregister() {
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(OBJECT_NAME));
        } catch (InstanceNotFoundException e) {
            // Already gone
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }
}
