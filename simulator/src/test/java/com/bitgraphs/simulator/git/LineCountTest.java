package com.bitgraphs.simulator.git;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class LineCountTest {

    @Test
    void aNewlineAddedOrRemovedAtTheEndChangesTheLastLineAsGitCountsIt() {
        assertThat(LineCount.between(bytes("a\nb"), bytes("a\nb\n"))).isEqualTo(new LineCount(1, 1));
        assertThat(LineCount.between(bytes("a\nb\n"), bytes("a\nb"))).isEqualTo(new LineCount(1, 1));
        assertThat(LineCount.between(bytes("a\nb"), bytes("a\nb"))).isEqualTo(new LineCount(0, 0));
        assertThat(LineCount.between(bytes("a\nb"), bytes("a\nc"))).isEqualTo(new LineCount(1, 1));
        assertThat(LineCount.between(bytes(""), bytes("a"))).isEqualTo(new LineCount(1, 0));
        assertThat(LineCount.between(bytes("a\nb"), bytes("a\nb\nc\n"))).isEqualTo(new LineCount(2, 1));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
