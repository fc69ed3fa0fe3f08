package com.bitgraphs.secret.control;

import org.junit.jupiter.api.Test;

import static com.bitgraphs.secret.control.SecretFixture.A_SHARED_SECRET;
import static com.bitgraphs.secret.control.SecretFixture.SHARED_SECRET;
import static com.bitgraphs.secret.control.SecretFixture.TENANT_A;
import static com.bitgraphs.secret.control.SecretFixture.TENANT_B;
import static com.bitgraphs.secret.control.SecretFixture.newKey;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sealed secret opens only for the owner it was sealed for: copied to another row, it is useless. */
class SecretOwnerBindingTest {

    private final SecretBox box = new SecretBox(SecretKeys.parse("k1:" + newKey(), "k1"));

    @Test
    void doesNotOpenForAnotherTenant() {
        // given
        SealedSecret sealed = box.seal(SHARED_SECRET, A_SHARED_SECRET);

        // when / then
        assertThatThrownBy(() -> box.open(sealed, new SecretOwner(TENANT_B, "connect.shared-secret")))
                .isInstanceOf(SecretUnreadableException.class)
                .hasMessageNotContaining(SHARED_SECRET);
    }

    @Test
    void doesNotOpenForAnotherPurpose() {
        // given: tenant A's shared secret copied into its webhook-secret column
        SealedSecret sealed = box.seal(SHARED_SECRET, A_SHARED_SECRET);

        // when / then
        assertThatThrownBy(() -> box.open(sealed, new SecretOwner(TENANT_A, "webhook-secret")))
                .isInstanceOf(SecretUnreadableException.class);
    }

    @Test
    void refusesAPurposeThatCouldBlurTheBinding() {
        assertThatThrownBy(() -> new SecretOwner(TENANT_A, "a|b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretOwner(TENANT_A, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretOwner(null, "access-token")).isInstanceOf(NullPointerException.class);
    }
}
