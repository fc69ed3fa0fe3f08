package com.bitgraphs.simulator;

import com.bitgraphs.simulator.faults.FaultSettings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * How to start a simulator. Start from {@link #defaults()} and change what matters with the {@code with...}
 * methods.
 *
 * @param port          0 for a free port
 * @param host          the interface to listen on, also the host of {@code baseUrl}
 * @param noAccount     author emails that get no Bitbucket account
 * @param seed          seeds reviewer choice and fault injection
 * @param watchInterval how often served repositories are polled for webhooks
 */
public record SimulatorConfig(int port, String host, String workspace, List<Path> repositories,
                              Set<String> noAccount, long seed, FaultSettings faults, Clock clock,
                              Duration watchInterval) {

    public static SimulatorConfig defaults() {
        return new SimulatorConfig(0, "127.0.0.1", "demo", List.of(), Set.of(), 42, FaultSettings.defaults(),
                Clock.systemUTC(), Duration.ofSeconds(1));
    }

    public SimulatorConfig withPort(int newPort) {
        return new SimulatorConfig(newPort, host, workspace, repositories, noAccount, seed, faults, clock,
                watchInterval);
    }

    public SimulatorConfig withHost(String newHost) {
        return new SimulatorConfig(port, newHost, workspace, repositories, noAccount, seed, faults, clock,
                watchInterval);
    }

    public SimulatorConfig withWorkspace(String slug) {
        return new SimulatorConfig(port, host, slug, repositories, noAccount, seed, faults, clock, watchInterval);
    }

    public SimulatorConfig withRepositories(List<Path> paths) {
        return new SimulatorConfig(port, host, workspace, List.copyOf(paths), noAccount, seed, faults, clock,
                watchInterval);
    }

    public SimulatorConfig withNoAccount(Set<String> emails) {
        return new SimulatorConfig(port, host, workspace, repositories, Set.copyOf(emails), seed, faults, clock,
                watchInterval);
    }

    public SimulatorConfig withSeed(long newSeed) {
        return new SimulatorConfig(port, host, workspace, repositories, noAccount, newSeed, faults, clock,
                watchInterval);
    }

    public SimulatorConfig withFaults(FaultSettings settings) {
        return new SimulatorConfig(port, host, workspace, repositories, noAccount, seed, settings, clock,
                watchInterval);
    }

    public SimulatorConfig withClock(Clock newClock) {
        return new SimulatorConfig(port, host, workspace, repositories, noAccount, seed, faults, newClock,
                watchInterval);
    }

    public SimulatorConfig withWatchInterval(Duration interval) {
        return new SimulatorConfig(port, host, workspace, repositories, noAccount, seed, faults, clock, interval);
    }
}
