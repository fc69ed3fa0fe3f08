package com.bitgraphs.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A request the application cannot serve gets an RFC 9457 problem body that says what was wrong. */
@ArquillianTest
class ProblemResponseIT extends DeployedApplication {

    @Test
    void unknownPathIsA404Problem() throws Exception {
        HttpResponse<String> response = Http.get(app("/no/such/resource"), "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = Http.json(response);
        assertThat(problem.getInt("status")).isEqualTo(404);
        assertThat(problem.getString("title")).isEqualTo("Not Found");
        assertThat(problem.getString("detail")).isNotBlank();
    }
}
