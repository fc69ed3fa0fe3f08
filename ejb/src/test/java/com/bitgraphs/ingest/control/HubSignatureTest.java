package com.bitgraphs.ingest.control;

import com.bitgraphs.connect.control.SharedSecret;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** X-Hub-Signature: sha256 HMAC of the raw body with the webhook's secret, and nothing else verifies. */
class HubSignatureTest {

    private static final SharedSecret SECRET = SharedSecret.of("It's a Secret to Everybody");
    private static final byte[] BODY = "Hello, World!".getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesGitHubsPublishedExample() {
        // The example of GitHub's webhook documentation, which Bitbucket's X-Hub-Signature follows
        assertThat(HubSignature.of(BODY, SECRET))
                .isEqualTo("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");
        assertThat(HubSignature.verifies(BODY, HubSignature.of(BODY, SECRET), SECRET)).isTrue();
    }

    @Test
    void anythingElseIsRefused() {
        String good = HubSignature.of(BODY, SECRET);

        assertThat(HubSignature.verifies(BODY, null, SECRET)).isFalse();
        assertThat(HubSignature.verifies(BODY, good.replace("sha256=", "sha1="), SECRET)).isFalse();
        assertThat(HubSignature.verifies(BODY, "sha256=not-hex", SECRET)).isFalse();
        assertThat(HubSignature.verifies("Hello, World?".getBytes(StandardCharsets.UTF_8), good, SECRET)).isFalse();
        assertThat(HubSignature.verifies(BODY, good, SharedSecret.of("another secret"))).isFalse();
    }
}
