package com.bitgraphs.connect.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second opinion, recorded: every canonical string and hash below was produced by the npm package
 * {@code atlassian-jwt@2.0.3} ({@code createCanonicalRequest}, {@code createQueryStringHash} on
 * {@code fromMethodAndUrl}), so the build needs no Node.js to hold us to it. A fuzz run of 300 random
 * queries agreed too, except where a key itself holds reserved or non-ASCII characters: Node sorts keys
 * decoded, Atlassian's Java library and documentation sort them encoded, and so do we.
 */
class AtlassianJwtAgreementTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            get  | https://app.example.com/graphs?b=2&a=1&a=0&jwt=abc.def.ghi | https://app.example.com | GET&/graphs&a=0,1&b=2 | e28eeaccf262327685166cfa055efc44ed8f395e767fc31e199313ab878a17f0
            GET  | https://app.example.com/search?q=a%20b&r=a+b&s=x*y&t=x~y | https://app.example.com | GET&/search&q=a%20b&r=a%20b&s=x%2Ay&t=x~y | 20bd21b05070b99bfcc728e073e155501786d02e40e11ab4b4d52df3aca42508
            GET  | https://app.example.com/a&b/c/?x=1 | https://app.example.com | GET&/a%26b/c&x=1 | 1c7a242dff07e32ca4c1685c0612718b5110276a3aa9a2f46a58d10fe007c9b3
            POST | http://host:8080/bitgraphs/installed | http://host:8080/bitgraphs | POST&/installed& | 4a2e1de8ca74e6cafe8862d332fa3ac7a8e51e692bc6d798ea4dfedc14948bf4
            GET  | https://app.example.com/r?name=J%C3%BCrgen&emoji=%F0%9F%98%80&k%20ey=v%2Cw | https://app.example.com | GET&/r&emoji=%F0%9F%98%80&k%20ey=v%2Cw&name=J%C3%BCrgen | 23e81e69afb444b13594381d99beac99d279d7786bcb43e49ad17509e2f297bb
            GET  | https://api.bitbucket.org/2.0/repositories/ws/repo/commits?include=abc&exclude=def&pagelen=100 | https://api.bitbucket.org | GET&/2.0/repositories/ws/repo/commits&exclude=def&include=abc&pagelen=100 | af068c00f79f0a54f9de3c5288811577ee358ca6b38790d61a4e245a401931c8
            GET  | https://app.example.com/p?a=9&a=.&a=/&b=%C3%BC&b=z | https://app.example.com | GET&/p&a=.,%2F,9&b=z,%C3%BC | 3ca78e2248085fc7b8b95bdba9a2ab99015e647d523bfc07e06a54cf10e8a1ad
            GET  | https://app.example.com/p?a=%3F&a=%C3%BC&a=b | https://app.example.com | GET&/p&a=%3F,b,%C3%BC | bfaa41d0c8b920205bc992243ef6eda6be227b66b959c71a1ee99b8ec178664f
            """)
    void canonicalStringAndHashAgree(String method, String requestUri, String baseUrl, String canonical, String qsh) {
        // given
        CanonicalRequest request = CanonicalRequest.incoming(method, URI.create(requestUri), URI.create(baseUrl));

        // when
        QueryStringHash hash = QueryStringHash.of(request);

        // then
        assertThat(request.canonical()).isEqualTo(canonical);
        assertThat(hash.value()).isEqualTo(qsh);
    }
}
