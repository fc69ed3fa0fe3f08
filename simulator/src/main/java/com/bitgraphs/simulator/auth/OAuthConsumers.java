package com.bitgraphs.simulator.auth;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OAuth consumers of the served workspace, like the ones a Bitbucket admin creates: a key and a secret that
 * the token endpoint exchanges for access tokens with the client-credentials grant.
 */
public final class OAuthConsumers {

    /** A consumer's credentials, as Bitbucket shows them once. */
    public record Consumer(String key, String secret) {
        @Override
        public String toString() {
            return "Consumer[key=" + key + "]";
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Consumer> byKey = new ConcurrentHashMap<>();
    private final Map<String, String> workspaceByKey = new ConcurrentHashMap<>();

    public Consumer create(String workspace) {
        Consumer consumer = new Consumer(randomText(12), randomText(24));
        byKey.put(consumer.key(), consumer);
        workspaceByKey.put(consumer.key(), workspace);
        return consumer;
    }

    /** The workspace of the consumer whose key and secret these are, compared in constant time. */
    public Optional<String> workspaceOf(String key, String secret) {
        Consumer consumer = byKey.get(key);
        if (consumer == null || !MessageDigest.isEqual(consumer.secret().getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.ofNullable(workspaceByKey.get(key));
    }

    private String randomText(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
