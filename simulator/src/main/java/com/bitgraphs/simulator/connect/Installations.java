package com.bitgraphs.simulator.connect;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The installations the simulator knows, by clientKey, including uninstalled ones (whose secrets still matter).
 */
public final class Installations {
    private final Map<String, Installation> byClientKey = new ConcurrentHashMap<>();

    public Optional<Installation> find(String clientKey) {
        return Optional.ofNullable(byClientKey.get(clientKey));
    }

    public Optional<Installation> active(String clientKey) {
        return find(clientKey).filter(Installation::installed);
    }

    public Collection<Installation> all() {
        return byClientKey.values();
    }

    void put(Installation installation) {
        byClientKey.put(installation.clientKey(), installation);
    }
}
