package com.bitgraphs.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The provisioned WildFly as a child process with its own server base directory, so the demo never
 * touches the server the integration tests use.
 */
public final class WildFlyServer {

    public static final String CONFIG = "bitgraphs.xml";

    private final Path home;
    private final Path baseDir;
    private final Map<String, String> environment;
    private Process process;

    public WildFlyServer(Path home, Path baseDir, Map<String, String> environment) {
        this.home = home;
        this.baseDir = baseDir;
        this.environment = Map.copyOf(environment);
    }

    /** Lays out the base directory: a fresh copy of the configuration, the given deployments, data kept. */
    public void prepare(List<Path> deployments) throws IOException {
        Path configuration = baseDir.resolve("configuration");
        copyTree(home.resolve("standalone/configuration"), configuration);
        Path deploymentDir = baseDir.resolve("deployments");
        Files.createDirectories(deploymentDir);
        try (Stream<Path> old = Files.list(deploymentDir)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        for (Path deployment : deployments) {
            Files.copy(deployment, deploymentDir.resolve(deployment.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public void start(Path consoleLog) throws IOException {
        start(consoleLog, List.of());
    }

    /** @param serverArguments more arguments for {@code standalone.sh}, e.g. {@code -Djboss.socket.binding.port-offset=500} */
    public void start(Path consoleLog, List<String> serverArguments) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-c", CONFIG,
                "-Djboss.server.base.dir=" + baseDir.toAbsolutePath()));
        command.addAll(serverArguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(consoleLog.toFile());
        builder.environment().putAll(environment);
        // standalone.sh then forwards SIGTERM to the server JVM instead of leaving it behind
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        process = builder.start();
    }

    /** Polls readiness until UP; fails early when the server process dies. */
    public void awaitReady(URI readiness, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly exited with code " + process.exitValue());
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(readiness)
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("WildFly not ready after " + timeout.toSeconds() + " s: " + last);
    }

    /** The server's processes: the start script and the JVM it started. */
    public List<Long> pids() {
        return process == null ? List.of()
                : Stream.concat(Stream.of(process.toHandle()), process.descendants()).map(ProcessHandle::pid).toList();
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** SIGTERM, a grace period, then SIGKILL for whatever of the process tree is left. */
    public void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                tree.forEach(ProcessHandle::destroyForcibly);
            }
            for (ProcessHandle handle : tree) {
                handle.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            tree.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(file -> {
                Path destination = target.resolve(source.relativize(file).toString());
                try {
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(destination);
                    } else {
                        Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
