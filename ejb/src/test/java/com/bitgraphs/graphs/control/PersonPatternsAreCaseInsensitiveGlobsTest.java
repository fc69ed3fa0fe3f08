package com.bitgraphs.graphs.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Excluded-people patterns: globs over a whole name or email, case-insensitive, brackets literal. */
class PersonPatternsAreCaseInsensitiveGlobsTest {

    @Test
    void bracketsAreLiteralSoBotSuffixesMatch() {
        PersonPatterns patterns = PersonPatterns.of(List.of("*[bot]*"));

        assertThat(patterns.matches("dependabot[bot]", null)).isTrue();
        assertThat(patterns.matches("Renovate[BOT]", null)).isTrue();
        assertThat(patterns.matches("bob", "b@example.com")).isFalse();
    }

    @Test
    void aPlainNameMatchesTheWholeNameOrEmailIgnoringCase() {
        PersonPatterns patterns = PersonPatterns.of(List.of("jenkins"));

        assertThat(patterns.matches("Jenkins", null)).isTrue();
        assertThat(patterns.matches("Jenkins CI", null)).isFalse();
        assertThat(patterns.matches("CI", "JENKINS")).isTrue();
    }

    @Test
    void starsAndQuestionMarksAreWildcardsAndDotsAreLiteral() {
        PersonPatterns patterns = PersonPatterns.of(List.of("*@ci.example.com", "build?"));

        assertThat(patterns.matches("x", "robot@ci.example.com")).isTrue();
        assertThat(patterns.matches("x", "robot@cixexample.com")).isFalse();
        assertThat(patterns.matches("build7", null)).isTrue();
        assertThat(patterns.matches("build77", null)).isFalse();
    }

    @Test
    void noPatternsMatchNobody() {
        assertThat(PersonPatterns.of(List.of()).isEmpty()).isTrue();
        assertThat(PersonPatterns.of(List.of(" ")).matches("a", "b")).isFalse();
    }
}
