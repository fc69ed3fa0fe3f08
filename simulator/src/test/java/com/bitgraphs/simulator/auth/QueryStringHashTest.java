package com.bitgraphs.simulator.auth;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query string hash matches Connect's published test vectors, from the canonical request and from a request.
 */
class QueryStringHashTest {

    @Test
    void rootGetMatchesVector() {
        assertThat(CanonicalRequest.of("get", "/", "", Map.of())).isEqualTo("GET&/&");
        assertThat(QueryStringHash.of("GET&/&"))
                .isEqualTo("c88caad15a1c1a900b8ac08aa9686f4e8184539bea1deda36e2f649430df3239");
    }

    @Test
    void installedPostMatchesVector() {
        assertThat(QueryStringHash.of("POST", "/app/installed/", "/app", Map.of()))
                .isEqualTo("4a2e1de8ca74e6cafe8862d332fa3ac7a8e51e692bc6d798ea4dfedc14948bf4");
    }

    @Test
    void sortedRepeatedAndEncodedParametersMatchVector() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("zee_last", List.of("param"));
        query.put("repeated", List.of("parameter 2", "parameter 1"));
        query.put("first", List.of("param"));
        query.put("jwt", List.of("ignored"));
        String canonical = CanonicalRequest.of("GET", "/path/to/service", "", query);
        assertThat(canonical).isEqualTo(
                "GET&/path/to/service&first=param&repeated=parameter%201,parameter%202&zee_last=param");
        assertThat(QueryStringHash.of(canonical))
                .isEqualTo("e52bb281606c3bd9ca16cfe96fe2df78f5d9ffa126f06befd750dfa10fa1a897");
    }

    @Test
    void reservedCharactersAreEncodedPerRfc3986() {
        assertThat(CanonicalRequest.query(Map.of("a", List.of("x*y~z &")))).isEqualTo("a=x%2Ay~z%20%26");
        assertThat(CanonicalRequest.path("/a&b/", "")).isEqualTo("/a%26b");
    }
}
