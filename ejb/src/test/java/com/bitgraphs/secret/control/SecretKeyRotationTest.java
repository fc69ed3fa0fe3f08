package com.bitgraphs.secret.control;

import org.junit.jupiter.api.Test;

import static com.bitgraphs.secret.control.SecretFixture.A_SHARED_SECRET;
import static com.bitgraphs.secret.control.SecretFixture.SHARED_SECRET;
import static com.bitgraphs.secret.control.SecretFixture.newKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rotation: add a new key and make it active, reseal every value, then drop the old key. Values under a
 * key that is no longer configured do not open.
 */
class SecretKeyRotationTest {

    private final String oldKey = newKey();
    private final String newKey = newKey();

    @Test
    void opensOldValuesAfterANewKeyBecomesActiveAndResealsThem() {
        // given: a value sealed before the rotation
        SealedSecret beforeRotation = new SecretBox(SecretKeys.parse("old:" + oldKey, "old")).seal(SHARED_SECRET, A_SHARED_SECRET);
        SecretBox rotating = new SecretBox(SecretKeys.parse("old:" + oldKey + ",new:" + newKey, "new"));

        // when
        SealedSecret resealed = rotating.reseal(beforeRotation, A_SHARED_SECRET);

        // then
        assertThat(rotating.open(beforeRotation, A_SHARED_SECRET)).isEqualTo(SHARED_SECRET);
        assertThat(rotating.isSealedWithActiveKey(beforeRotation)).isFalse();
        assertThat(resealed.keyId()).isEqualTo("new");
        assertThat(rotating.isSealedWithActiveKey(resealed)).isTrue();
        assertThat(new SecretBox(SecretKeys.parse("new:" + newKey, "new")).open(resealed, A_SHARED_SECRET)).isEqualTo(SHARED_SECRET);
    }

    @Test
    void refusesAValueWhoseKeyIsNoLongerConfigured() {
        // given
        SealedSecret underOldKey = new SecretBox(SecretKeys.parse("old:" + oldKey, "old")).seal(SHARED_SECRET, A_SHARED_SECRET);
        SecretBox afterRotation = new SecretBox(SecretKeys.parse("new:" + newKey, "new"));

        // when / then
        assertThatThrownBy(() -> afterRotation.open(underOldKey, A_SHARED_SECRET))
                .isInstanceOf(SecretUnreadableException.class)
                .hasMessageContaining("old")
                .hasMessageNotContaining(oldKey);
    }

    @Test
    void refusesAValueRelabelledWithAnotherKeyId() {
        // given: the key id is authenticated too
        SecretBox box = new SecretBox(SecretKeys.parse("a:" + oldKey + ",b:" + oldKey, "a"));
        SealedSecret sealed = box.seal(SHARED_SECRET, A_SHARED_SECRET);

        // when / then
        assertThatThrownBy(() -> box.open(new SealedSecret("b", sealed.nonceAndCiphertext()), A_SHARED_SECRET))
                .isInstanceOf(SecretUnreadableException.class);
    }
}
