package com.bitgraphs.simulator;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The standalone options become the configuration: repeatable repositories and no-account emails, the workspace,
 * port, seed and rate limit; an unknown option is refused.
 */
class CommandLineTest {

    @Test
    void optionsBecomeConfiguration() {
        CommandLine line = CommandLine.parse(new String[]{"--port", "0", "--workspace", "acme", "--repo", "/a",
                "--repo", "/b", "--no-account", "x@y", "--seed", "7", "--rate-limit", "50",
                "--install", "http://app/atlassian-connect.json", "--properties", "target/demo.properties"});
        assertThat(line.config.workspace()).isEqualTo("acme");
        assertThat(line.config.repositories()).containsExactly(Path.of("/a"), Path.of("/b"));
        assertThat(line.config.noAccount()).isEqualTo(Set.of("x@y"));
        assertThat(line.config.seed()).isEqualTo(7);
        assertThat(line.config.faults().rateLimitPerHour()).isEqualTo(50);
        assertThat(line.installs).isEqualTo(List.of("http://app/atlassian-connect.json"));
        assertThat(line.properties).isEqualTo(Path.of("target/demo.properties"));
    }

    @Test
    void unknownOptionIsRefused() {
        assertThatThrownBy(() -> CommandLine.parse(new String[]{"--frobnicate", "1"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
