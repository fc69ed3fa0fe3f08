package com.bitgraphs.bench.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small generated workspace has what the benchmark relies on, as git itself reports it: exactly the commits
 * asked for on its branches and tags, merges, tags, renames, binaries, authors without an account, five years
 * of dates; the same seed gives the same history, and a complete workspace is reused, not generated again.
 */
class GeneratedWorkspaceTest {

    @TempDir
    static Path cache;

    private static final WorkspaceSpec SPEC = new WorkspaceSpec(2, 400, 7);

    @Test
    void holdsExactlyTheAskedCommitsOnItsBranchesAndTags() throws Exception {
        GeneratedWorkspace workspace = GeneratedWorkspace.in(cache, SPEC);

        int total = 0;
        for (Path repository : workspace.repositories()) {
            total += git(repository, "rev-list", "--branches", "--tags").size();
        }
        assertThat(total).isEqualTo(400);
        assertThat(SPEC.commitsPerRepository()).hasSize(2).allMatch(n -> n > 0);
    }

    @Test
    void looksLikeRealWork() throws Exception {
        Path repository = GeneratedWorkspace.in(cache, SPEC).repositories().get(0);

        assertThat(git(repository, "rev-list", "--branches", "--tags", "--merges")).hasSizeGreaterThan(5);
        assertThat(git(repository, "tag")).isNotEmpty();
        assertThat(git(repository, "branch", "--list", "feature/*", "bugfix/*")).isNotEmpty();
        List<String> numstat = git(repository, "log", "--branches", "--no-merges", "-M", "--numstat", "--format=");
        assertThat(numstat).anyMatch(line -> line.startsWith("-\t-\t"));
        assertThat(numstat).anyMatch(line -> line.contains(" => "));
        List<String> dates = git(repository, "log", "--branches", "--tags", "--format=%aI");
        assertThat(dates.stream().map(date -> date.substring(0, 4)).distinct()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(dates.stream().map(date -> date.substring(19)).distinct()).hasSizeGreaterThan(1);
    }

    @Test
    void mostCommitsTouchFewFilesAndSomeTouchMany() throws Exception {
        Path repository = GeneratedWorkspace.in(cache, SPEC).repositories().get(0);
        List<Integer> files = filesPerCommit(repository);

        assertThat(files.stream().filter(n -> n <= 5).count()).isGreaterThan(files.size() * 7L / 10);
        assertThat(files.stream().filter(n -> n >= 20).count()).isGreaterThan(0);
    }

    @Test
    void someAuthorsHaveNoAccount() throws Exception {
        GeneratedWorkspace workspace = GeneratedWorkspace.in(cache, SPEC);
        List<String> emails = new ArrayList<>();
        for (Path repository : workspace.repositories()) {
            emails.addAll(git(repository, "log", "--branches", "--format=%ae"));
        }

        assertThat(emails).anyMatch(workspace.noAccount()::contains);
        assertThat(emails).anyMatch(email -> !workspace.noAccount().contains(email));
    }

    @Test
    void theSameSeedGivesTheSameHistoryAndACompleteWorkspaceIsReused(@TempDir Path other) throws Exception {
        WorkspaceSpec small = new WorkspaceSpec(2, 150, 7);
        GeneratedWorkspace first = GeneratedWorkspace.in(cache, small);
        GeneratedWorkspace again = GeneratedWorkspace.in(other, small);
        GeneratedWorkspace reused = GeneratedWorkspace.in(cache, small);

        assertThat(git(again.repositories().get(1), "rev-parse", "main"))
                .isEqualTo(git(first.repositories().get(1), "rev-parse", "main"));
        assertThat(reused.generation()).isEmpty();
        assertThat(git(GeneratedWorkspace.in(other, new WorkspaceSpec(2, 150, 8)).repositories().get(1), "rev-parse", "main"))
                .isNotEqualTo(git(first.repositories().get(1), "rev-parse", "main"));
    }

    private static List<Integer> filesPerCommit(Path repository) throws Exception {
        List<Integer> counts = new ArrayList<>();
        for (String line : git(repository, "log", "--branches", "--no-merges", "--name-only", "--format=@%h")) {
            if (line.startsWith("@")) {
                counts.add(0);
            } else if (!line.isBlank()) {
                counts.set(counts.size() - 1, counts.get(counts.size() - 1) + 1);
            }
        }
        return counts;
    }

    static List<String> git(Path repository, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "--git-dir=" + repository));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
        assertThat(Files.exists(repository)).isTrue();
        return output.lines().toList();
    }
}
