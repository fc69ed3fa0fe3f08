package com.bitgraphs.connect.control;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The path part of a canonical request: relative to the base URL's path, starting with {@code /}, no
 * trailing {@code /} unless it is the whole path, {@code &} written {@code %26}.
 */
class PathCanonicalisationTest {

    private static String pathOf(String requestUri, String baseUrl) {
        return CanonicalRequest.incoming("GET", URI.create(requestUri), URI.create(baseUrl)).path();
    }

    @Test
    void dropsTheContextPathOfTheBaseUrl() {
        assertThat(pathOf("http://host:8080/bitgraphs/installed", "http://host:8080/bitgraphs")).isEqualTo("/installed");
        assertThat(pathOf("http://host:8080/bitgraphs/installed", "http://host:8080/bitgraphs/")).isEqualTo("/installed");
    }

    @Test
    void ignoresHostAndPortSoAProxyDoesNotMatter() {
        assertThat(pathOf("http://10.0.0.7:8080/bitgraphs/installed", "https://bitgraphs.example.com/bitgraphs"))
                .isEqualTo("/installed");
    }

    @Test
    void isSlashForTheBaseUrlItself() {
        assertThat(pathOf("http://host:8080/bitgraphs", "http://host:8080/bitgraphs")).isEqualTo("/");
        assertThat(pathOf("http://host:8080/bitgraphs/", "http://host:8080/bitgraphs")).isEqualTo("/");
        assertThat(pathOf("https://app.example.com", "https://app.example.com")).isEqualTo("/");
    }

    @Test
    void dropsATrailingSlash() {
        assertThat(pathOf("https://app.example.com/repo-graphs/", "https://app.example.com")).isEqualTo("/repo-graphs");
    }

    @Test
    void writesAmpersandInThePathAsPercent26() {
        // then: otherwise /a&b=c and /a?b=c would hash alike
        assertThat(pathOf("https://app.example.com/a&b/c", "https://app.example.com")).isEqualTo("/a%26b/c");
    }

    @Test
    void keepsThePathAsReceivedOtherwise() {
        assertThat(pathOf("https://app.example.com/r/%7Babc%7D/x%20y", "https://app.example.com")).isEqualTo("/r/%7Babc%7D/x%20y");
    }

    @Test
    void stripsTheBasePathOnlyAtASegmentBoundary() {
        // then: /bitgraphsx is not below /bitgraphs, so it keeps its whole path (and its hash will not match)
        assertThat(pathOf("https://app.example.com/bitgraphsx/installed", "https://app.example.com/bitgraphs"))
                .isEqualTo("/bitgraphsx/installed");
    }

    @Test
    void upperCasesTheMethod() {
        assertThat(CanonicalRequest.incoming("post", "/installed", null, URI.create("https://app.example.com")).method())
                .isEqualTo("POST");
    }
}
