package com.bitgraphs.graphs.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** File exclusions mean what the same lines mean in a .gitignore file. */
class PathExclusionsFollowGitignoreTest {

    @Test
    void aNameWithoutSlashMatchesAtAnyDepth() {
        PathExclusions exclusions = PathExclusions.of(List.of("*.lock"));

        assertThat(exclusions.excludes("yarn.lock")).isTrue();
        assertThat(exclusions.excludes("web/app/package.lock")).isTrue();
        assertThat(exclusions.excludes("web/lock.txt")).isFalse();
    }

    @Test
    void aLeadingSlashAnchorsAtTheRoot() {
        PathExclusions exclusions = PathExclusions.of(List.of("/build"));

        assertThat(exclusions.excludes("build/out.txt")).isTrue();
        assertThat(exclusions.excludes("src/build/out.txt")).isFalse();
    }

    @Test
    void aTrailingSlashMatchesDirectoriesAndEverythingInThem() {
        PathExclusions exclusions = PathExclusions.of(List.of("generated/"));

        assertThat(exclusions.excludes("generated/a/b.java")).isTrue();
        assertThat(exclusions.excludes("src/generated/x.java")).isTrue();
        assertThat(exclusions.excludes("generated")).isFalse();
    }

    @Test
    void doubleStarsCrossDirectories() {
        PathExclusions exclusions = PathExclusions.of(List.of("docs/**/*.png"));

        assertThat(exclusions.excludes("docs/a/b/c.png")).isTrue();
        assertThat(exclusions.excludes("docs/c.png")).isTrue();
        assertThat(exclusions.excludes("img/c.png")).isFalse();
    }

    @Test
    void theLastMatchingLineDecidesAndBangReincludes() {
        PathExclusions exclusions = PathExclusions.of(List.of("*.txt", "!keep.txt"));

        assertThat(exclusions.excludes("notes.txt")).isTrue();
        assertThat(exclusions.excludes("dir/keep.txt")).isFalse();
    }

    @Test
    void aFileInAnExcludedDirectoryCannotBeReincluded() {
        PathExclusions exclusions = PathExclusions.of(List.of("gen/", "!gen/keep.txt"));

        assertThat(exclusions.excludes("gen/keep.txt")).isTrue();
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndNoPatternsExcludeNothing() {
        assertThat(PathExclusions.of(List.of("# *.txt", "  ")).excludes("a.txt")).isFalse();
        assertThat(PathExclusions.NONE.excludes("a.txt")).isFalse();
    }

    @Test
    void unicodeAndSpacesInPathsMatch() {
        PathExclusions exclusions = PathExclusions.of(List.of("docs/*.txt"));

        assertThat(exclusions.excludes("docs/ünïcode файл.txt")).isTrue();
    }
}
