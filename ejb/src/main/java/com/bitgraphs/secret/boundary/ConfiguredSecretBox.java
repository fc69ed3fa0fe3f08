package com.bitgraphs.secret.boundary;

import com.bitgraphs.secret.control.DemoSecretKey;
import com.bitgraphs.secret.control.SecretBox;
import com.bitgraphs.secret.control.SecretKeys;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The application's {@link SecretBox}, built once from MicroProfile Config at startup, so a server without
 * a key fails its deployment instead of failing at the first install.
 * <ul>
 * <li>{@code bitgraphs.secrets.keys}: {@code kid1:BASE64KEY,kid2:BASE64KEY}, each key 32 random bytes
 * ({@code openssl rand -base64 32}); every listed key opens.</li>
 * <li>{@code bitgraphs.secrets.active-key}: the id of the key that seals; may be left out when only one
 * key is listed.</li>
 * <li>{@code bitgraphs.demo} (default {@code false}): with no keys configured, the demo uses a key it
 * generates once and keeps in {@code bitgraphs.secrets.demo-key-file} (default
 * {@code ${jboss.server.data.dir}/bitgraphs/demo-secret.key}, inside the demo's target directory), with a
 * WARNING in the log. A persisted key rather than an ephemeral one, so a restarted demo still opens the
 * secrets of the tenants it installed.</li>
 * </ul>
 */
@ApplicationScoped
public class ConfiguredSecretBox {

    static final String KEYS = "bitgraphs.secrets.keys";
    static final String ACTIVE_KEY = "bitgraphs.secrets.active-key";
    static final String DEMO = "bitgraphs.demo";
    static final String DEMO_KEY_FILE = "bitgraphs.secrets.demo-key-file";

    private static final Logger LOG = Logger.getLogger(ConfiguredSecretBox.class.getName());

    @Inject
    @ConfigProperty(name = KEYS)
    Optional<String> keys;

    @Inject
    @ConfigProperty(name = ACTIVE_KEY)
    Optional<String> activeKey;

    @Inject
    @ConfigProperty(name = DEMO, defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = DEMO_KEY_FILE)
    Optional<String> demoKeyFile;

    private SecretBox box;

    @PostConstruct
    void build() {
        SecretKeys configured = keys();
        box = new SecretBox(configured);
        LOG.info(() -> "Secrets at rest sealed with AES-256-GCM, " + configured);
    }

    /** Instantiates the bean at deployment, so a missing key fails the deployment. */
    void refuseToStartWithoutKey(@Observes Startup startup) {
        // Nothing to do: the container had to run build() to deliver this event
    }

    @Produces
    SecretBox secretBox() {
        return box;
    }

    SecretKeys keys() {
        if (keys.filter(spec -> !spec.isBlank()).isPresent()) {
            try {
                return SecretKeys.parse(keys.get(), activeKey.orElse(null));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Bad " + KEYS + " or " + ACTIVE_KEY + ": " + e.getMessage());
            }
        }
        if (!demo) {
            throw new IllegalStateException("No key to seal secrets with: set " + KEYS + " (kid:base64 of 32 random bytes) and "
                    + ACTIVE_KEY + ". Only the demo (" + DEMO + "=true) runs without one.");
        }
        Path file = demoKeyFile.map(Path::of).orElseGet(ConfiguredSecretBox::defaultDemoKeyFile);
        LOG.warning(() -> "Demo mode: secrets at rest are sealed with a generated key kept in " + file
                + "; configure " + KEYS + " for anything but a demo");
        return DemoSecretKey.loadOrCreate(file);
    }

    private static Path defaultDemoKeyFile() {
        String dataDir = System.getProperty("jboss.server.data.dir");
        if (dataDir == null) {
            throw new IllegalStateException("Demo mode outside WildFly: set " + DEMO_KEY_FILE);
        }
        return Path.of(dataDir, "bitgraphs", "demo-secret.key");
    }
}
