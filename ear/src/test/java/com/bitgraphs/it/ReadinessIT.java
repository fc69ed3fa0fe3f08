package com.bitgraphs.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Operators see the application ready, alive and measured on the management interface. */
@ArquillianTest
class ReadinessIT extends DeployedApplication {

    @Test
    void readinessIsUpWithDatabaseAndSchemaChecks() throws Exception {
        HttpResponse<String> response = Http.get(management("/health/ready"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject health = Http.json(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        Map<String, JsonObject> checks = checks(health);
        assertThat(checks).containsKeys("database", "schema");
        assertThat(checks.get("database").getString("status")).isEqualTo("UP");
        assertThat(checks.get("database").getJsonObject("data").getString("role")).isEqualTo(appRole());
        assertThat(checks.get("schema").getString("status")).isEqualTo("UP");
        assertThat(checks.get("schema").getJsonObject("data").getString("state")).isEqualTo("migrated");
    }

    @Test
    void livenessIsUp() throws Exception {
        HttpResponse<String> response = Http.get(management("/health/live"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(checks(Http.json(response))).containsKey("threads");
    }

    @Test
    void metricsAnswerInPrometheusFormat() throws Exception {
        HttpResponse<String> response = Http.get(management("/metrics"));

        assertThat(response.statusCode()).isEqualTo(200);
        // Prometheus exposition format: TYPE comments and samples of WildFly's own and the JVM's meters
        assertThat(response.body()).contains("# TYPE ").containsPattern("(?m)^jvm_memory_used_bytes\\{");
    }

    private static Map<String, JsonObject> checks(JsonObject health) {
        return health.getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check, (a, b) -> a));
    }
}
