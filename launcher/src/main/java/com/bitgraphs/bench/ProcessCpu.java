package com.bitgraphs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * CPU time from Linux's {@code /proc}: of a process (user + system, its reaped children included, which is
 * where PostgreSQL's ended backends land), and of the whole machine, to show how busy the rest of it was.
 */
public final class ProcessCpu {

    /** USER_HZ: Linux reports process times in hundredths of a second on every common architecture. */
    private static final double TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** Seconds of CPU the process used so far, its waited-for children included; empty when it is gone. */
    public static Optional<Double> seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name may hold spaces: fields count from after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12])
                    + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            return Optional.of(ticks / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Seconds of CPU of these processes together. */
    public static double seconds(List<Long> pids) {
        return pids.stream().mapToDouble(pid -> seconds(pid).orElse(0.0)).sum();
    }

    /** Busy and total CPU seconds of the machine since boot, all cores, from the first line of /proc/stat. */
    public static double[] machine() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new double[] {(total - idle) / TICKS_PER_SECOND, total / TICKS_PER_SECOND};
        } catch (IOException | RuntimeException e) {
            return new double[] {0, 0};
        }
    }
}
