package com.bitgraphs.bench;

/**
 * CPU seconds used so far by each part of the system and by the whole machine; two snapshots subtracted give
 * where a run's CPU went.
 *
 * @param simulator   this JVM: the in-process simulator (and the benchmark's own light polling)
 * @param server      WildFly's JVM
 * @param database    PostgreSQL's processes
 * @param machineBusy every core of the machine, other builds included
 */
public record CpuSnapshot(double simulator, double server, double database, double machineBusy) {

    public static CpuSnapshot of(BenchSystem system) {
        return new CpuSnapshot(ProcessCpu.seconds(ProcessHandle.current().pid()).orElse(0.0),
                ProcessCpu.seconds(system.serverPids()), ProcessCpu.seconds(system.databasePids()),
                ProcessCpu.machine()[0]);
    }

    public CpuSnapshot minus(CpuSnapshot before) {
        return new CpuSnapshot(simulator - before.simulator, server - before.server, database - before.database,
                machineBusy - before.machineBusy);
    }

    /** What the machine did besides this system: other builds, the OS. */
    public double others() {
        return Math.max(0, machineBusy - simulator - server - database);
    }
}
