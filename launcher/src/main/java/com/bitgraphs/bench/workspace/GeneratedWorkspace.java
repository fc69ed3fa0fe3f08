package com.bitgraphs.bench.workspace;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The generated workspace on disk: one bare repository per {@link WorkspaceSpec} repository, each written by a
 * single {@code git fast-import} (no process per commit). Kept in a directory named after the spec, and only
 * complete ones are reused: a generation stopped halfway leaves nothing that looks finished.
 */
public final class GeneratedWorkspace {

    private static final String COMPLETE = "complete";
    private static final int AUTHORS = 40;

    private final WorkspaceSpec spec;
    private final Path directory;
    private final AuthorPool authors;
    private java.time.Duration generation;

    private GeneratedWorkspace(WorkspaceSpec spec, Path directory) {
        this.spec = spec;
        this.directory = directory;
        this.authors = new AuthorPool(AUTHORS, spec.seed());
    }

    /** The workspace under that cache directory, generated first unless a complete one is there. */
    public static GeneratedWorkspace in(Path cache, WorkspaceSpec spec) throws IOException, InterruptedException {
        GeneratedWorkspace workspace = new GeneratedWorkspace(spec, cache.resolve(spec.cacheKey()));
        if (!Files.exists(workspace.directory.resolve(COMPLETE))) {
            long started = System.nanoTime();
            workspace.generate();
            workspace.generation = java.time.Duration.ofNanos(System.nanoTime() - started);
        }
        return workspace;
    }

    /** How long generation took, or empty when the cached workspace was reused. */
    public java.util.Optional<java.time.Duration> generation() {
        return java.util.Optional.ofNullable(generation);
    }

    public List<Path> repositories() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < spec.repositories(); i++) {
            paths.add(directory.resolve(spec.repositoryName(i) + ".git"));
        }
        return paths;
    }

    /** Emails of the authors the simulator must serve without a Bitbucket account. */
    public Set<String> noAccount() {
        return authors.noAccount();
    }

    public WorkspaceSpec spec() {
        return spec;
    }

    private void generate() throws IOException, InterruptedException {
        Path partial = directory.resolveSibling(directory.getFileName() + ".partial");
        delete(partial);
        delete(directory);
        Files.createDirectories(partial);
        List<Integer> counts = spec.commitsPerRepository();
        for (int i = 0; i < spec.repositories(); i++) {
            Path repository = partial.resolve(spec.repositoryName(i) + ".git");
            git(partial, "init", "--quiet", "--bare", "--initial-branch=main", repository.toString());
            fastImport(repository, i, counts.get(i));
        }
        Files.writeString(partial.resolve(COMPLETE), spec + "\n");
        Files.move(partial, directory, StandardCopyOption.ATOMIC_MOVE);
    }

    private void fastImport(Path repository, int index, int commits) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("git", "fast-import", "--quiet", "--done")
                .directory(repository.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(repository.resolve("fast-import.log").toFile())
                .start();
        try (OutputStream stdin = new BufferedOutputStream(process.getOutputStream(), 1 << 16)) {
            FastImportStream stream = new FastImportStream(stdin);
            new RepositoryHistory(spec.seed() * 7919 + index, committers(index), stream)
                    .write(commits, spec.start(index), WorkspaceSpec.END);
            stdin.write("done\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        if (process.waitFor() != 0) {
            throw new IOException("git fast-import failed for " + repository + ": "
                    + Files.readString(repository.resolve("fast-import.log")));
        }
    }

    /** Four to twelve of the workspace's authors work on a repository. */
    private List<Author> committers(int index) {
        List<Author> all = new ArrayList<>(authors.authors());
        Collections.shuffle(all, new Random(spec.seed() * 31 + index));
        return all.subList(0, 4 + new Random(spec.seed() + index).nextInt(9));
    }

    private static void git(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
