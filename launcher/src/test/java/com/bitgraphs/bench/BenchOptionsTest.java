package com.bitgraphs.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The benchmark runs the issue's workspace at its own ports unless told otherwise, and refuses nonsense. */
class BenchOptionsTest {

    @Test
    void defaultsToTheIssuesWorkspaceAtPortOffset500() {
        BenchOptions options = BenchOptions.parse(List.of());

        assertThat(options.commits()).isEqualTo(200_000);
        assertThat(options.repositories()).isEqualTo(20);
        assertThat(options.httpPort()).isEqualTo(8580);
        assertThat(options.managementPort()).isEqualTo(10490);
    }

    @Test
    void takesSizesSeedAndPorts() {
        BenchOptions options = BenchOptions.parse(List.of("--commits", "20_000", "--repositories", "5", "--seed", "3",
                "--port-offset", "700", "--verify", "1"));

        assertThat(options).isEqualTo(new BenchOptions(20_000, 5, 3, 700, 1));
        assertThat(options.httpPort()).isEqualTo(8780);
    }

    @Test
    void refusesWhatItCannotRun() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--commits"))).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--commits", "many"))).hasMessageContaining("needs a number");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--commits", "0"))).hasMessageContaining("between");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--commits", "3", "--repositories", "5")))
                .hasMessageContaining("at least");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--threads", "4"))).hasMessageContaining("unknown option");
    }
}
