package com.bitgraphs.web.pages;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pages' policy lets Bitbucket (and configured hosts) frame them, and a bad setting cannot widen it. */
class ContentSecurityPolicyTest {

    @Test
    void namesTheFrameAncestorsAndAllowsScriptsOnlyFromUsAndBitbucket() {
        String policy = new ContentSecurityPolicy(List.of("https://bitbucket.org", "http://127.0.0.1:7990")).value();

        assertThat(policy).contains("default-src 'none'", "script-src 'self' https://bitbucket.org", "connect-src 'self'",
                "frame-ancestors https://bitbucket.org http://127.0.0.1:7990").doesNotContain("unsafe-eval");
    }

    @Test
    void noAncestorMeansNoFraming() {
        assertThat(new ContentSecurityPolicy(List.of()).value()).endsWith("frame-ancestors 'none'");
    }

    @Test
    void refusesASettingThatWouldAddDirectives() {
        assertThatThrownBy(() -> new ContentSecurityPolicy(List.of("https://a.example; script-src *")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContentSecurityPolicy(List.of("*"))).isInstanceOf(IllegalArgumentException.class);
    }
}
