package com.bitgraphs.it;

import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after every other integration test (see junit-platform.properties): the server log holds none of
 * the secrets and tokens those tests sent, whether accepted or refused.
 */
@ArquillianTest
@Order(Integer.MAX_VALUE)
class ServerLogHoldsNoSecretIT extends DeployedApplication {

    @Test
    void serverLogHoldsNoSecretOrTokenTheTestsUsed() throws Exception {
        Path log = Path.of(System.getProperty("bitgraphs.it.server.base"), "log", "server.log");
        String content = Files.readString(log, StandardCharsets.UTF_8);
        Set<String> used = UsedSecrets.all();

        List<String> leaked = used.stream().filter(content::contains).toList();

        assertThat(content).as("the log was written").contains("lifecycle installed accepted");
        assertThat(used).as("the other tests ran first and used secrets").isNotEmpty();
        assertThat(leaked).as("secrets or tokens found in " + log).isEmpty();
    }
}
