package com.bitgraphs.secret.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static com.bitgraphs.secret.control.SecretFixture.A_SHARED_SECRET;
import static com.bitgraphs.secret.control.SecretFixture.SHARED_SECRET;
import static com.bitgraphs.secret.control.SecretFixture.newKey;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sealed secret changed by a single bit, in its nonce, ciphertext or tag, does not open. */
class SealedSecretTamperingTest {

    private final SecretBox box = new SecretBox(SecretKeys.parse("k1:" + newKey(), "k1"));

    @ParameterizedTest(name = "bit flipped at byte {0}")
    @ValueSource(ints = {0, 11, 12, 20, -1})
    void refusesAFlippedBit(int position) {
        // given
        byte[] stored = box.seal(SHARED_SECRET, A_SHARED_SECRET).nonceAndCiphertext();
        int index = position < 0 ? stored.length + position : position;
        stored[index] ^= 0x01;

        // when / then
        assertThatThrownBy(() -> box.open(new SealedSecret("k1", stored), A_SHARED_SECRET))
                .isInstanceOf(SecretUnreadableException.class)
                .hasMessageNotContaining(SHARED_SECRET);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 16})
    void refusesATruncatedValue(int removed) {
        // given
        byte[] stored = box.seal(SHARED_SECRET, A_SHARED_SECRET).nonceAndCiphertext();
        byte[] truncated = Arrays.copyOf(stored, stored.length - removed);

        // when / then
        assertThatThrownBy(() -> box.open(new SealedSecret("k1", truncated), A_SHARED_SECRET))
                .isInstanceOf(SecretUnreadableException.class);
    }
}
