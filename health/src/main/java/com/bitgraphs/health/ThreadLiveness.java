package com.bitgraphs.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Alive unless threads are deadlocked, the one state a restart cures. The database being away is a
 * readiness matter, never a reason to restart.
 */
@Liveness
@ApplicationScoped
public class ThreadLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] deadlocked = threads.findDeadlockedThreads();
        var response = HealthCheckResponse.named("threads").withData("live", threads.getThreadCount());
        if (deadlocked != null) {
            return response.down().withData("reason", deadlocked.length + " threads deadlocked").build();
        }
        return response.up().build();
    }
}
