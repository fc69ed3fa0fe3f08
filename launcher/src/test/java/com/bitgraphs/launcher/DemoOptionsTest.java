package com.bitgraphs.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo serves this project's repository unless told otherwise, and refuses options it cannot honour. */
class DemoOptionsTest {

    @TempDir
    Path dir;

    @Test
    void defaultsToTheProjectRepositoryInWorkspaceDemo() throws Exception {
        Files.createDirectories(dir.resolve(".git"));

        DemoOptions options = DemoOptions.parse(List.of(), dir);

        assertThat(options.repositories()).containsExactly(dir.toAbsolutePath().normalize());
        assertThat(options.workspace()).isEqualTo("demo");
    }

    @Test
    void takesRepeatedRepositoriesAWorkspaceAndAuthorsWithoutAccount() throws Exception {
        Path bare = Files.createDirectories(dir.resolve("bare.git"));
        Files.createDirectories(bare.resolve("objects"));
        Files.writeString(bare.resolve("HEAD"), "ref: refs/heads/main\n");
        Path worktree = Files.createDirectories(dir.resolve("work/.git")).getParent();

        DemoOptions options = DemoOptions.parse(List.of("--repo", bare.toString(), "--repo", worktree.toString(),
                "--workspace", "acme", "--no-account", "bot@example.com"), dir);

        assertThat(options.repositories()).containsExactly(bare, worktree);
        assertThat(options.workspace()).isEqualTo("acme");
        assertThat(options.noAccount()).containsExactly("bot@example.com");
    }

    @Test
    void refusesWhatItCannotServe() {
        assertThatThrownBy(() -> DemoOptions.parse(List.of("--repo", dir.toString()), dir))
                .hasMessageContaining("is not a git repository");
        assertThatThrownBy(() -> DemoOptions.parse(List.of("--workspace", "Bad Slug"), dir))
                .hasMessageContaining("--workspace");
        assertThatThrownBy(() -> DemoOptions.parse(List.of("--colour", "blue"), dir)).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> DemoOptions.parse(List.of("--repo"), dir)).hasMessageContaining("needs a value");
    }
}
