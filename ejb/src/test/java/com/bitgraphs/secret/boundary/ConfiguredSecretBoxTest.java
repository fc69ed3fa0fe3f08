package com.bitgraphs.secret.boundary;

import com.bitgraphs.secret.control.SecretOwner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server refuses to start without a key, except in the demo, which keeps a generated key in its own directory. */
class ConfiguredSecretBoxTest {

    @TempDir
    Path demoDir;

    private static ConfiguredSecretBox configured(String keys, String activeKey, boolean demo, Path demoKeyFile) {
        ConfiguredSecretBox bean = new ConfiguredSecretBox();
        bean.keys = Optional.ofNullable(keys);
        bean.activeKey = Optional.ofNullable(activeKey);
        bean.demo = demo;
        bean.demoKeyFile = Optional.ofNullable(demoKeyFile).map(Path::toString);
        return bean;
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void refusesToStartWithoutAKeyOutsideTheDemo() {
        // given
        ConfiguredSecretBox bean = configured(null, null, false, null);

        // when / then
        assertThatThrownBy(bean::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bitgraphs.secrets.keys");
    }

    @Test
    void refusesToStartWithABadKeyWithoutPrintingIt() {
        // given
        String shortKey = Base64.getEncoder().encodeToString(new byte[20]);
        ConfiguredSecretBox bean = configured("k1:" + shortKey, "k1", false, null);

        // when / then
        assertThatThrownBy(bean::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(shortKey);
    }

    @Test
    void sealsWithTheConfiguredActiveKey() {
        // given
        ConfiguredSecretBox bean = configured("k1:" + newKey() + ",k2:" + newKey(), "k2", false, null);

        // when
        bean.build();

        // then
        assertThat(bean.secretBox().seal("x", new SecretOwner(UUID.randomUUID(), "access-token")).keyId())
                .isEqualTo("k2");
    }

    @Test
    void prefersConfiguredKeysEvenInTheDemo() {
        // given
        Path keyFile = demoDir.resolve("demo-secret.key");
        ConfiguredSecretBox bean = configured("k1:" + newKey(), null, true, keyFile);

        // when
        bean.build();

        // then
        assertThat(bean.keys().activeKeyId()).isEqualTo("k1");
        assertThat(keyFile).doesNotExist();
    }

    @Test
    void usesAKeptDemoKeyInTheDemo() {
        // given
        Path keyFile = demoDir.resolve("data/bitgraphs/demo-secret.key");
        ConfiguredSecretBox bean = configured(null, null, true, keyFile);

        // when
        bean.build();

        // then
        assertThat(bean.keys().activeKeyId()).isEqualTo("demo");
        assertThat(Files.exists(keyFile)).isTrue();
    }
}
