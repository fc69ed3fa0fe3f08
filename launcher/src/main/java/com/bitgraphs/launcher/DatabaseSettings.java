package com.bitgraphs.launcher;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the application's database is and the three roles it uses: the owner that runs migrations, the
 * application role that owns nothing, and the maintenance role of the retention sweep. Rendered as the
 * {@code BITGRAPHS_DB_*} environment variables the WildFly datasources read.
 */
public record DatabaseSettings(String url, String ownerUser, String ownerPassword, String appUser, String appPassword,
                               String maintenanceUser, String maintenancePassword) {

    public static final String URL = "BITGRAPHS_DB_URL";
    public static final String APP_USER = "BITGRAPHS_DB_USER";
    public static final String APP_PASSWORD = "BITGRAPHS_DB_PASSWORD";
    public static final String OWNER_USER = "BITGRAPHS_DB_OWNER_USER";
    public static final String OWNER_PASSWORD = "BITGRAPHS_DB_OWNER_PASSWORD";
    public static final String MAINTENANCE_USER = "BITGRAPHS_DB_MAINTENANCE_USER";
    public static final String MAINTENANCE_PASSWORD = "BITGRAPHS_DB_MAINTENANCE_PASSWORD";

    /** An external server, when {@code BITGRAPHS_DB_URL} is set; its roles must exist (docs/operations.md). */
    public static Optional<DatabaseSettings> fromEnvironment(Map<String, String> env) {
        String url = env.get(URL);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new DatabaseSettings(url,
                required(env, OWNER_USER), required(env, OWNER_PASSWORD),
                required(env, APP_USER), required(env, APP_PASSWORD),
                required(env, MAINTENANCE_USER), required(env, MAINTENANCE_PASSWORD)));
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(URL + " is set, so " + name + " must be set too");
        }
        return value;
    }

    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(URL, url);
        env.put(APP_USER, appUser);
        env.put(APP_PASSWORD, appPassword);
        env.put(OWNER_USER, ownerUser);
        env.put(OWNER_PASSWORD, ownerPassword);
        env.put(MAINTENANCE_USER, maintenanceUser);
        env.put(MAINTENANCE_PASSWORD, maintenancePassword);
        return env;
    }

    @Override
    public String toString() {
        // Passwords never reach a log line
        return "DatabaseSettings[url=" + url + ", owner=" + ownerUser + ", app=" + appUser + ", maintenance=" + maintenanceUser + "]";
    }
}
