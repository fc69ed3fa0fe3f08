package com.bitgraphs.simulator;

import java.io.IOException;
import java.nio.file.Files;

/**
 * Runs a simulator standalone until killed, printing its base URL and a bearer token for its API.
 */
public final class SimulatorMain {
    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException, IOException {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: SimulatorMain [--port N] [--host ADDRESS] [--workspace SLUG] [--repo PATH]... "
                    + "[--no-account EMAIL]... [--seed N] [--rate-limit N] [--install DESCRIPTOR_URL]... "
                    + "[--properties FILE]");
            System.exit(2);
            return;
        }
        Simulator simulator;
        try {
            simulator = Simulator.start(line.config);
        } catch (RuntimeException e) {
            // a bad --repo, a taken port, a broken pull-request file: say which, not a stack trace
            System.err.println("Cannot start the simulator: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        for (String descriptorUrl : line.installs) {
            System.out.println("installed " + simulator.install(descriptorUrl).toJson());
        }
        String properties = "simulator.base=" + simulator.baseUrl() + "\n"
                + "simulator.token=" + simulator.token() + "\n"
                + "workspace.url=" + simulator.baseUrl() + "/" + simulator.workspace() + "\n";
        System.out.print(properties);
        if (line.properties != null) {
            Files.createDirectories(line.properties.toAbsolutePath().getParent());
            Files.writeString(line.properties, properties);
        }
        Thread.currentThread().join();
    }
}
