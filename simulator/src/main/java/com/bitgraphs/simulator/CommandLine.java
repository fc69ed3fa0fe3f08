package com.bitgraphs.simulator;

import jakarta.json.Json;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns {@code --port N --host ADDRESS --workspace SLUG --repo PATH... --no-account EMAIL... --seed N --rate-limit N
 * --install DESCRIPTOR_URL... --properties FILE} into a {@link SimulatorConfig} and what to do once started;
 * without {@code --repo} it serves the git repository of the working directory.
 */
final class CommandLine {

    /** Descriptor URLs to install once started. */
    final List<String> installs = new ArrayList<>();
    /** Where to write simulator.base, simulator.token and workspace.url, or null. */
    Path properties;
    SimulatorConfig config;

    static CommandLine parse(String[] args) {
        CommandLine line = new CommandLine();
        line.config = line.read(args);
        return line;
    }

    private SimulatorConfig read(String[] args) {
        SimulatorConfig config = SimulatorConfig.defaults();
        List<Path> repositories = new ArrayList<>();
        Set<String> noAccount = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> config = config.withPort(Integer.parseInt(value));
                case "--host" -> config = config.withHost(value);
                case "--workspace" -> config = config.withWorkspace(value);
                case "--repo" -> repositories.add(Path.of(value));
                case "--no-account" -> noAccount.add(value);
                case "--seed" -> config = config.withSeed(Long.parseLong(value));
                case "--rate-limit" -> config = config.withFaults(config.faults().merge(Json
                        .createObjectBuilder().add("rateLimitPerHour", Integer.parseInt(value)).build()));
                case "--install" -> installs.add(value);
                case "--properties" -> properties = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        if (repositories.isEmpty()) {
            repositories.add(Path.of("").toAbsolutePath());
        }
        return config.withRepositories(repositories).withNoAccount(noAccount);
    }
}
