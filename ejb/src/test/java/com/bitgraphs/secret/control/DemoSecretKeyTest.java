package com.bitgraphs.secret.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static com.bitgraphs.secret.control.SecretFixture.A_SHARED_SECRET;
import static com.bitgraphs.secret.control.SecretFixture.SHARED_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

/** The demo key is made once and kept, so a restarted demo still opens what it sealed. */
class DemoSecretKeyTest {

    @TempDir
    Path demoDir;

    @Test
    void survivesARestart() throws Exception {
        // given: a first demo run seals a secret
        Path file = demoDir.resolve("data/bitgraphs/demo-secret.key");
        SealedSecret sealed = new SecretBox(DemoSecretKey.loadOrCreate(file)).seal(SHARED_SECRET, A_SHARED_SECRET);

        // when: the next run loads the key again
        SecretKeys reloaded = DemoSecretKey.loadOrCreate(file);

        // then
        assertThat(reloaded.activeKeyId()).isEqualTo(DemoSecretKey.KEY_ID);
        assertThat(new SecretBox(reloaded).open(sealed, A_SHARED_SECRET)).isEqualTo(SHARED_SECRET);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
