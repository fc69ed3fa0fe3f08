package com.bitgraphs.launcher;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An external database is chosen by BITGRAPHS_DB_URL, and then every credential must be given. */
class DatabaseSettingsTest {

    private static final Map<String, String> COMPLETE = Map.of(
            "BITGRAPHS_DB_URL", "jdbc:postgresql://db:5432/bitgraphs",
            "BITGRAPHS_DB_USER", "app", "BITGRAPHS_DB_PASSWORD", "app-secret",
            "BITGRAPHS_DB_OWNER_USER", "owner", "BITGRAPHS_DB_OWNER_PASSWORD", "owner-secret",
            "BITGRAPHS_DB_MAINTENANCE_USER", "maintenance", "BITGRAPHS_DB_MAINTENANCE_PASSWORD", "maintenance-secret");

    @Test
    void noUrlMeansEmbedded() {
        assertThat(DatabaseSettings.fromEnvironment(Map.of("BITGRAPHS_DB_USER", "app"))).isEmpty();
        assertThat(DatabaseSettings.fromEnvironment(Map.of("BITGRAPHS_DB_URL", " "))).isEmpty();
    }

    @Test
    void aCompleteEnvironmentRoundTripsToTheServerEnvironment() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(COMPLETE).orElseThrow();

        assertThat(settings.environment()).isEqualTo(COMPLETE);
    }

    @Test
    void aUrlWithoutCredentialsIsRefusedNamingWhatIsMissing() {
        assertThatThrownBy(() -> DatabaseSettings.fromEnvironment(Map.of("BITGRAPHS_DB_URL", "jdbc:postgresql://db/x")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BITGRAPHS_DB_OWNER_USER");
    }

    @Test
    void passwordsNeverAppearInItsDescription() {
        String description = DatabaseSettings.fromEnvironment(COMPLETE).orElseThrow().toString();

        assertThat(description).contains("owner", "app").doesNotContain("app-secret", "owner-secret", "maintenance-secret");
    }
}
