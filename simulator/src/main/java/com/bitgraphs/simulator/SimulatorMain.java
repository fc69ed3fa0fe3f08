package com.bitgraphs.simulator;

/**
 * Runs a simulator standalone until killed, printing its base URL and a bearer token for its API.
 */
public final class SimulatorMain {
    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorConfig config;
        try {
            config = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: SimulatorMain [--port N] [--workspace SLUG] [--repo PATH]... "
                    + "[--no-account EMAIL]... [--seed N]");
            System.exit(2);
            return;
        }
        Simulator simulator = Simulator.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        System.out.println("simulator.base=" + simulator.baseUrl());
        System.out.println("simulator.token=" + simulator.token());
        System.out.println("workspace.url=" + simulator.baseUrl() + "/" + simulator.workspace());
        Thread.currentThread().join();
    }
}
