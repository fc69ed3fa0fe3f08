package com.bitgraphs.secret.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static com.bitgraphs.secret.control.SecretFixture.A_SHARED_SECRET;
import static com.bitgraphs.secret.control.SecretFixture.SHARED_SECRET;
import static com.bitgraphs.secret.control.SecretFixture.newKey;
import static org.assertj.core.api.Assertions.assertThat;

/** A sealed secret opens to what was sealed, under the active key, and never looks the same twice. */
class SecretBoxRoundTripTest {

    private final SecretBox box = new SecretBox(SecretKeys.parse("k1:" + newKey() + ",k2:" + newKey(), "k2"));

    @Test
    void opensWhatItSealed() {
        // when
        SealedSecret sealed = box.seal(SHARED_SECRET, A_SHARED_SECRET);

        // then
        assertThat(sealed.keyId()).isEqualTo("k2");
        assertThat(new String(sealed.nonceAndCiphertext(), StandardCharsets.ISO_8859_1)).doesNotContain(SHARED_SECRET);
        assertThat(box.open(sealed, A_SHARED_SECRET)).isEqualTo(SHARED_SECRET);
    }

    @Test
    void opensFromItsStoredTextForm() {
        // given
        String stored = box.seal("ünïcødé secret ✓", A_SHARED_SECRET).asText();

        // when
        String opened = box.open(SealedSecret.parse(stored), A_SHARED_SECRET);

        // then
        assertThat(stored).startsWith("k2:");
        assertThat(opened).isEqualTo("ünïcødé secret ✓");
    }

    @Test
    void usesAFreshNonceForEveryValue() {
        // when
        SealedSecret first = box.seal(SHARED_SECRET, A_SHARED_SECRET);
        SealedSecret second = box.seal(SHARED_SECRET, A_SHARED_SECRET);

        // then: 12 bytes of nonce, then ciphertext and a 16-byte tag
        assertThat(first).isNotEqualTo(second);
        assertThat(Arrays.copyOf(first.nonceAndCiphertext(), 12))
                .isNotEqualTo(Arrays.copyOf(second.nonceAndCiphertext(), 12));
        assertThat(first.nonceAndCiphertext()).hasSize(12 + SHARED_SECRET.length() + 16);
    }

    @Test
    void sealsAnEmptySecret() {
        assertThat(box.open(box.seal("", A_SHARED_SECRET), A_SHARED_SECRET)).isEmpty();
    }
}
