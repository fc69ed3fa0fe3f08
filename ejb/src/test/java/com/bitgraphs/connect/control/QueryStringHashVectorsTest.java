package com.bitgraphs.connect.control;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** The three test vectors of the shared Bitbucket notes, from request to canonical string to hash. */
class QueryStringHashVectorsTest {

    private static final URI APP = URI.create("https://app.example.com");

    @Test
    void rootGetWithoutQuery() {
        // given
        CanonicalRequest request = CanonicalRequest.incoming("GET", URI.create("https://app.example.com/"), APP);

        // when
        QueryStringHash qsh = QueryStringHash.of(request);

        // then
        assertThat(request.canonical()).isEqualTo("GET&/&");
        assertThat(qsh.value()).isEqualTo("c88caad15a1c1a900b8ac08aa9686f4e8184539bea1deda36e2f649430df3239");
    }

    @Test
    void installedCallback() {
        // given
        CanonicalRequest request = CanonicalRequest.incoming("POST", URI.create("https://app.example.com/installed"), APP);

        // when
        QueryStringHash qsh = QueryStringHash.of(request);

        // then
        assertThat(request.canonical()).isEqualTo("POST&/installed&");
        assertThat(qsh.value()).isEqualTo("4a2e1de8ca74e6cafe8862d332fa3ac7a8e51e692bc6d798ea4dfedc14948bf4");
    }

    @Test
    void sortedQueryWithRepeatedKey() {
        // given
        CanonicalRequest request = CanonicalRequest.incoming("GET", URI.create(
                "https://app.example.com/path/to/service?zee_last=param&repeated=parameter%202&first=param&repeated=parameter%201"), APP);

        // when
        QueryStringHash qsh = QueryStringHash.of(request);

        // then
        assertThat(request.canonical())
                .isEqualTo("GET&/path/to/service&first=param&repeated=parameter%201,parameter%202&zee_last=param");
        assertThat(qsh.value()).isEqualTo("e52bb281606c3bd9ca16cfe96fe2df78f5d9ffa126f06befd750dfa10fa1a897");
    }
}
