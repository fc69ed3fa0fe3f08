package com.bitgraphs.it;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Every secret and token the tests sent to the server, for the final scan of the server log. */
final class UsedSecrets {

    private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();

    private UsedSecrets() {
    }

    static String add(String value) {
        VALUES.add(value);
        return value;
    }

    static Set<String> all() {
        return Set.copyOf(VALUES);
    }
}
