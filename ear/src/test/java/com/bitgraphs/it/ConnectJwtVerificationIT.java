package com.bitgraphs.it;

import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request to a Connect-authenticated resource carries a JWT that verifies against an installed
 * tenant's secret: each way a token can be wrong gets a 401 problem with a general reason, and changes
 * nothing in the database.
 */
@ArquillianTest
class ConnectJwtVerificationIT extends DeployedApplication {

    private final String clientKey = "client-" + UUID.randomUUID();
    private final String workspace = "jwt-" + UUID.randomUUID().toString().substring(0, 8);
    private String secret;

    @BeforeEach
    void installedTenant() throws Exception {
        secret = ConnectClient.newSecret();
        HttpResponse<String> install = ConnectClient.post("/installed",
                ConnectClient.installBody(clientKey, secret, workspace, ConnectClient.LOCAL_API), null);
        assertThat(install.statusCode()).as(install.body()).isEqualTo(204);
    }

    @Test
    void requestBoundTokenIsAccepted() throws Exception {
        HttpResponse<String> response = call(token(claims -> { }));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).getString("slug")).isEqualTo(workspace);
    }

    @Test
    void contextTokenIsAcceptedOnTheReadApi() throws Exception {
        HttpResponse<String> response = call(ConnectClient.token(clientKey, secret, "context-qsh", claims -> { }));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void tokenInTheJwtQueryParameterIsAccepted() throws Exception {
        String query = "jwt=" + token(claims -> { });
        HttpResponse<String> response = ConnectClient.get(URI.create(path().toString() + "?" + query), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void missingTokenIsRefused() throws Exception {
        assertRefused(() -> call(null), "token missing");
    }

    @Test
    void unsignedAlgNoneIsRefused() throws Exception {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = base64(claims(c -> { }).toJson());
        assertRefused(() -> call(UsedSecrets.add(header + "." + payload + ".")), "algorithm not allowed");
    }

    @Test
    void otherHmacAlgorithmIsRefused() throws Exception {
        String hs512 = ConnectClient.sign(claims(c -> { }), secret + secret, AlgorithmIdentifiers.HMAC_SHA512);
        assertRefused(() -> call(hs512), "algorithm not allowed");
    }

    @Test
    void unknownIssuerIsRefused() throws Exception {
        assertRefused(() -> call(ConnectClient.token("nobody-" + UUID.randomUUID(), secret, qsh(), c -> { })), "unknown issuer");
    }

    @Test
    void wrongSecretIsRefused() throws Exception {
        assertRefused(() -> call(ConnectClient.token(clientKey, ConnectClient.newSecret(), qsh(), c -> { })), "signature invalid");
    }

    @Test
    void tamperedPayloadIsRefused() throws Exception {
        String[] parts = token(c -> { }).split("\\.");
        String forged = base64(claims(c -> c.setStringClaim("sub", "admin")).toJson());
        assertRefused(() -> call(UsedSecrets.add(parts[0] + "." + forged + "." + parts[2])), "signature invalid");
    }

    @Test
    void expiredTokenIsRefused() throws Exception {
        assertRefused(() -> call(token(c -> c.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 120)))),
                "token expired");
    }

    @Test
    void tokenWithoutExpiryIsRefused() throws Exception {
        assertRefused(() -> call(token(c -> c.unsetClaim("exp"))), "expiry claim missing");
    }

    @Test
    void tokenWithoutIssuedAtIsRefused() throws Exception {
        assertRefused(() -> call(token(c -> c.unsetClaim("iat"))), "issued-at claim missing");
    }

    @Test
    void tokenWithoutQueryStringHashIsRefused() throws Exception {
        assertRefused(() -> call(token(c -> c.unsetClaim("qsh"))), "query string hash missing");
    }

    @Test
    void tokenForAnotherRequestIsRefused() throws Exception {
        assertRefused(() -> call(token(c -> c.setStringClaim("qsh", ConnectClient.qsh("GET", "/api/v1/workspaces/other", "")))),
                "query string hash mismatch");
    }

    @Test
    void uninstalledTenantsTokensAreRefused() throws Exception {
        HttpResponse<String> uninstall = ConnectClient.post("/uninstalled",
                ConnectClient.installBody(clientKey, null, workspace, ConnectClient.LOCAL_API),
                ConnectClient.token(clientKey, secret, ConnectClient.qsh("POST", "/uninstalled", ""), c -> { }));
        assertThat(uninstall.statusCode()).isEqualTo(204);

        assertRefused(() -> call(token(c -> { })), "unknown issuer");
    }

    @Test
    void anotherTenantsWorkspaceIsNotFound() throws Exception {
        String otherWorkspace = "other-" + UUID.randomUUID().toString().substring(0, 8);
        URI other = app("/api/v1/workspaces/" + otherWorkspace);
        String qsh = ConnectClient.qsh("GET", "/api/v1/workspaces/" + otherWorkspace, "");

        HttpResponse<String> response = ConnectClient.get(other, ConnectClient.token(clientKey, secret, qsh, c -> { }));

        ConnectLifecycleIT.assertProblem(response, 404);
        assertThat(response.body()).doesNotContain(workspace);
    }

    @FunctionalInterface
    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    /** 401 with the general reason, the secret nowhere in the answer, and the database as it was. */
    private void assertRefused(Call call, String reason) throws Exception {
        Registry.Row before = Registry.tenant(clientKey).orElseThrow();
        int events = Registry.count("lifecycle_event");

        HttpResponse<String> response = call.send();

        ConnectLifecycleIT.assertProblem(response, 401);
        assertThat(Http.json(response).getString("detail")).isEqualTo(reason);
        assertThat(response.body()).doesNotContain(secret);
        assertThat(Registry.tenant(clientKey)).contains(before);
        assertThat(Registry.count("lifecycle_event")).isEqualTo(events);
    }

    private HttpResponse<String> call(String token) throws Exception {
        return ConnectClient.get(path(), token);
    }

    private URI path() {
        return app("/api/v1/workspaces/" + workspace);
    }

    private String qsh() {
        return ConnectClient.qsh("GET", "/api/v1/workspaces/" + workspace, "");
    }

    private String token(Consumer<JwtClaims> adjust) {
        return ConnectClient.token(clientKey, secret, qsh(), adjust);
    }

    private JwtClaims claims(Consumer<JwtClaims> adjust) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(clientKey);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(3);
        claims.setStringClaim("qsh", qsh());
        adjust.accept(claims);
        return claims;
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
