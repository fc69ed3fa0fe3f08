package com.bitgraphs.secret.control;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static com.bitgraphs.secret.control.SecretFixture.newKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The configured key list is checked strictly, and neither its errors nor its printout show a key. */
class SecretKeysConfigurationTest {

    private final String key1 = newKey();
    private final String key2 = newKey();

    @Test
    void takesTheNamedActiveKey() {
        assertThat(SecretKeys.parse("k1:" + key1 + ", k2:" + key2, "k1").activeKeyId()).isEqualTo("k1");
    }

    @Test
    void takesTheOnlyKeyAsActiveWhenNoneIsNamed() {
        assertThat(SecretKeys.parse("only:" + key1, null).activeKeyId()).isEqualTo("only");
    }

    @Test
    void refusesSeveralKeysWithoutAnActiveOne() {
        assertThatThrownBy(() -> SecretKeys.parse("k1:" + key1 + ",k2:" + key2, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnActiveKeyThatIsNotListed() {
        assertThatThrownBy(() -> SecretKeys.parse("k1:" + key1, "k9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(key1);
    }

    @Test
    void refusesKeysThatAreNotAes256() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> SecretKeys.parse("k1:" + shortKey, "k1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining(shortKey);
    }

    @Test
    void refusesMalformedEntries() {
        assertThatThrownBy(() -> SecretKeys.parse(key1, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(key1);
        assertThatThrownBy(() -> SecretKeys.parse("k1:not*base64", "k1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("not*base64");
        assertThatThrownBy(() -> SecretKeys.parse("k1:" + key1 + ",k1:" + key2, "k1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecretKeys.parse("", "k1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsKeyIdsOnly() {
        // when
        String printed = SecretKeys.parse("k1:" + key1 + ",k2:" + key2, "k2") + " " + new SecretBox(SecretKeys.parse("k1:" + key1, "k1"));

        // then
        assertThat(printed).contains("k1", "k2").doesNotContain(key1, key2);
    }
}
