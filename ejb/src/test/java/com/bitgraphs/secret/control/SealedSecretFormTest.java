package com.bitgraphs.secret.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stored form of a sealed secret: {@code keyId:base64}, checked on the way in, never printed whole. */
class SealedSecretFormTest {

    private static final byte[] BYTES = new byte[40];

    @Test
    void readsBackItsTextForm() {
        // given
        SealedSecret sealed = new SealedSecret("k1", BYTES);

        // when
        SealedSecret parsed = SealedSecret.parse(sealed.asText());

        // then
        assertThat(parsed).isEqualTo(sealed);
        assertThat(parsed.keyId()).isEqualTo("k1");
    }

    @Test
    void refusesWhatCannotBeASealedSecret() {
        assertThatThrownBy(() -> SealedSecret.parse("no-colon")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SealedSecret.parse(":AAAA")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SealedSecret.parse("k1:%%%")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SealedSecret("k1", new byte[27])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsKeyIdAndSizeOnly() {
        assertThat(new SealedSecret("k1", BYTES)).hasToString("SealedSecret[keyId=k1, 40 bytes]");
    }
}
