package com.bitgraphs.it;

import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.connect.LifecycleResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Key rotation as docs/operations.md describes it: a new key is added and made active, the rotation reseals
 * every stored secret under it, and once the old key is removed everything still works: a signed lifecycle
 * call and a signed token-door webhook still verify, and a pseudonym key still opens. The server's keys are
 * changed through system properties (which MicroProfile Config ranks above the environment) between deployments.
 */
@ArquillianTest
class SecretKeyRotationIT {

    private static final String APP = "rotating";
    private static final String KEYS = "bitgraphs.secrets.keys";
    private static final String ACTIVE = "bitgraphs.secrets.active-key";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    Deployer deployer;

    @ArquillianResource
    ManagementClient management;

    private Simulator simulator;

    @Deployment(name = APP, managed = false, testable = false)
    static EnterpriseArchive application() {
        return DeployedApplication.application();
    }

    @AfterEach
    void restore() throws Exception {
        if (simulator != null) {
            simulator.close();
        }
        deployer.undeploy(APP);
        removeProperty(KEYS);
        removeProperty(ACTIVE);
    }

    @Test
    void everySecretMovesToTheNewKeyAndStillWorksWithoutTheOldOne() throws Exception {
        String oldKey = "it:" + itKey();
        String newKey = "rotated:" + UsedSecrets.add(newKeyMaterial());
        deployer.deploy(APP);
        simulator = SimulatedBitbucket.start("rotatetoken");
        UsedSecrets.add(simulator.token());
        JsonObject registration = Operator.json("POST", "/api/v1/operator/workspaces", Json.createObjectBuilder()
                .add("workspace", "rotatetoken").add("accessToken", simulator.token()).add("baseApiUrl", simulator.baseUrl())
                .build().toString(), 201);
        String webhookSecret = UsedSecrets.add(registration.getString("webhook_secret"));
        simulator.close();
        simulator = SimulatedBitbucket.start("rotateconnect");
        LifecycleResult installed = simulator.install(SimulatedBitbucket.descriptorUrl());
        UsedSecrets.add(installed.sharedSecret());
        UUID tenant = Registry.tenant(installed.clientKey()).orElseThrow().id();
        assertThat(PerDay.awaitSync(tenant)).isEqualTo("done");
        String person = PerDay.query(tenant, "select min(id)::text from identity").get(0);
        assertThat(Operator.call("DELETE", "/api/v1/operator/workspaces/rotateconnect/people/" + person + "/personal-data", null)
                .statusCode()).isEqualTo(204);
        assertThat(keyIds()).contains("it").doesNotContain("rotated");
        deployer.undeploy(APP);

        setProperty(KEYS, oldKey + "," + newKey);
        setProperty(ACTIVE, "rotated");
        deployer.deploy(APP);
        JsonObject rotated = Operator.json("POST", "/api/v1/operator/secrets/rotate", null, 200);
        JsonObject again = Operator.json("POST", "/api/v1/operator/secrets/rotate", null, 200);
        deployer.undeploy(APP);

        assertThat(rotated.getString("active_key")).isEqualTo("rotated");
        assertThat(rotated.getInt("resealed")).isGreaterThanOrEqualTo(4);
        assertThat(rotated.getInt("unreadable")).isZero();
        assertThat(again.getInt("resealed")).isZero();
        assertThat(keyIds()).containsOnly("rotated");

        setProperty(KEYS, newKey);
        setProperty(ACTIVE, "rotated");
        deployer.deploy(APP);
        String payload = "{\"push\":{\"changes\":[]},\"repository\":{\"full_name\":\"rotatetoken/fixture\"}}";
        HttpResponse<String> webhook = deliver(registration.getString("webhook_url"), payload, sign(payload, webhookSecret));
        HttpResponse<String> removal = Operator.call("DELETE",
                "/api/v1/operator/workspaces/rotateconnect/people/" + person + "/personal-data", null);
        LifecycleResult uninstalled = simulator.uninstall("bitgraphs");

        assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(202);
        assertThat(removal.statusCode()).as(removal.body()).isEqualTo(204);
        assertThat(uninstalled.appStatus()).isEqualTo(204);
        assertThat(Registry.lastEvent(installed.clientKey())).isEqualTo("uninstalled:accepted");
        deployer.undeploy(APP);

        // Back to the tests' own key for the tests that follow
        setProperty(KEYS, oldKey + "," + newKey);
        setProperty(ACTIVE, "it");
        deployer.deploy(APP);
        Operator.json("POST", "/api/v1/operator/secrets/rotate", null, 200);
        assertThat(keyIds()).containsOnly("it");
    }

    /** The key ids of every sealed value in the registry: every {@code *_key_id} column of {@code tenant}. */
    private static List<String> keyIds() throws Exception {
        try (Connection owner = DeployedApplication.asOwner()) {
            List<String> columns = TenantTables.strings(owner, """
                    select column_name from information_schema.columns
                    where table_schema = current_schema() and table_name = 'tenant' and column_name like '%key_id'""");
            assertThat(columns).hasSizeGreaterThanOrEqualTo(3);
            String union = String.join(" union ", columns.stream()
                    .map(c -> "select " + c + " from tenant where " + c + " is not null").toList());
            return TenantTables.strings(owner, "select distinct * from (" + union + ") ids");
        }
    }

    private void setProperty(String name, String value) throws Exception {
        removeProperty(name);
        ModelNode add = new ModelNode();
        add.get("operation").set("add");
        add.get("address").add("system-property", name);
        add.get("value").set(value);
        ModelNode result = management.getControllerClient().execute(add);
        assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
    }

    private void removeProperty(String name) throws Exception {
        ModelNode remove = new ModelNode();
        remove.get("operation").set("remove");
        remove.get("address").add("system-property", name);
        management.getControllerClient().execute(remove);
    }

    /** The tests' key, as the build hands it to the server (it:BASE64). */
    private static String itKey() {
        String keys = System.getenv("BITGRAPHS_SECRETS_KEYS");
        return keys.substring(keys.indexOf(':') + 1);
    }

    private static String newKeyMaterial() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static HttpResponse<String> deliver(String url, String payload, String signature) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Event-Key", "repo:push")
                .header("X-Request-UUID", UUID.randomUUID().toString()).header("X-Hook-UUID", "{hook}")
                .header("X-Hub-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sign(String payload, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }
}
