package com.bitgraphs.simulator.git;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local git repository (bare or with a work tree) served under its directory's name, with the caches of its
 * immutable per-commit results.
 */
public final class ServedRepository implements AutoCloseable {
    private final String name;
    private final Path directory;
    private final Repository repository;
    final Map<String, CommitRecord> commits = new ConcurrentHashMap<>();
    final Map<String, List<FileChange>> diffstats = new ConcurrentHashMap<>();
    private final CommitLog log = new CommitLog();

    public ServedRepository(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        String dirName = this.directory.getFileName().toString();
        this.name = dirName.endsWith(".git") ? dirName.substring(0, dirName.length() - 4) : dirName;
        Path dotGit = this.directory.resolve(".git");
        try {
            FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
            if (Files.isRegularFile(dotGit)) {
                // a linked worktree or submodule: its .git file points at the real git directory
                builder.setWorkTree(this.directory.toFile());
            } else {
                builder.setGitDir(Files.isDirectory(dotGit) ? dotGit.toFile() : this.directory.toFile());
            }
            this.repository = builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("Not a git repository: " + directory, e);
        }
    }

    public String name() {
        return name;
    }

    /** Bitbucket's repo_slug: lower case, as Bitbucket derives it from the name. */
    public String slug() {
        return name.toLowerCase(Locale.ROOT);
    }

    public Path directory() {
        return directory;
    }

    /** The commits reachable from all branches and tags, newest first. */
    public List<String> allCommits() {
        return log.list(this, List.of(), List.of());
    }

    public CommitLog log() {
        return log;
    }

    public CommitRecord commit(String revision) {
        return CommitReader.read(this, revision);
    }

    public List<FileChange> diffstat(String revision) {
        return DiffStatReader.read(this, revision);
    }

    public Map<String, String> refTips() {
        return RefTips.of(repository);
    }

    /** The branch HEAD names, Bitbucket's main branch; "main" when HEAD is detached or unborn. */
    public String mainBranch() {
        try {
            String full = repository.getFullBranch();
            return full != null && full.startsWith("refs/heads/") ? full.substring(11) : "main";
        } catch (IOException e) {
            return "main";
        }
    }

    public Repository git() {
        return repository;
    }

    @Override
    public void close() {
        repository.close();
    }
}
