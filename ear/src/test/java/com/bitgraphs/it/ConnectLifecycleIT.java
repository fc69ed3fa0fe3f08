package com.bitgraphs.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bitbucket's lifecycle, following its signing table: an unsigned first install creates the tenant, every
 * later callback is proven with the secret we hold, and a reinstall after an uninstall gets the data back
 * only when signed with the previous secret. Every refusal changes nothing but the audit log.
 */
@ArquillianTest
class ConnectLifecycleIT extends DeployedApplication {

    private static final String BITBUCKET_API = ConnectClient.LOCAL_API;
    private static final String INSTALLED_QSH = ConnectClient.qsh("POST", "/installed", "");
    private static final String UNINSTALLED_QSH = ConnectClient.qsh("POST", "/uninstalled", "");

    private final String clientKey = "client-" + UUID.randomUUID();
    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void firstInstallIsUnsignedAndCreatesTheTenantWithItsSecretSealed() throws Exception {
        String secret = ConnectClient.newSecret();

        HttpResponse<String> response = install(secret, null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        Registry.Row tenant = Registry.tenant(clientKey).orElseThrow();
        assertThat(tenant.state()).isEqualTo("INSTALLED");
        assertThat(tenant.workspaceSlug()).isEqualTo(workspace);
        assertThat(tenant.keyId()).isNotBlank();
        assertThat(new String(tenant.sealedSecret(), StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        assertThat(Registry.lastEvent(clientKey)).isEqualTo("installed:accepted");
    }

    @Test
    void installNamingAnApiOutsideTheAllowListIsForbiddenAndStoresNothing() throws Exception {
        HttpResponse<String> response = ConnectClient.post("/installed",
                ConnectClient.installBody(clientKey, ConnectClient.newSecret(), workspace, "https://evil.example.com"), null);

        assertProblem(response, 403);
        assertThat(Registry.tenant(clientKey)).isEmpty();
        assertThat(Registry.lastEvent(clientKey)).isEqualTo("installed:refused");
    }

    @Test
    void laterInstallSignedWithTheHeldSecretReplacesIt() throws Exception {
        String first = ConnectClient.newSecret();
        install(first, null);
        Registry.Row before = Registry.tenant(clientKey).orElseThrow();

        HttpResponse<String> response = install(ConnectClient.newSecret(), signed(first, INSTALLED_QSH));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        Registry.Row after = Registry.tenant(clientKey).orElseThrow();
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.sealedSecret()).isNotEqualTo(before.sealedSecret());
    }

    @Test
    void unsignedInstallForAKnownClientKeyIsRefused() throws Exception {
        install(ConnectClient.newSecret(), null);
        Registry.Row before = Registry.tenant(clientKey).orElseThrow();

        HttpResponse<String> response = install(ConnectClient.newSecret(), null);

        assertProblem(response, 401);
        assertThat(Registry.tenant(clientKey)).contains(before);
        assertThat(Registry.lastEvent(clientKey)).isEqualTo("installed:refused");
    }

    @Test
    void installSignedWithTheNewSecretOfItsOwnBodyIsRefused() throws Exception {
        install(ConnectClient.newSecret(), null);
        Registry.Row before = Registry.tenant(clientKey).orElseThrow();
        String attackerSecret = ConnectClient.newSecret();

        HttpResponse<String> response = install(attackerSecret, signed(attackerSecret, INSTALLED_QSH));

        assertProblem(response, 401);
        assertThat(Registry.tenant(clientKey)).contains(before);
    }

    @Test
    void tokenIssuedByAnotherClientKeyIsRefused() throws Exception {
        String secret = ConnectClient.newSecret();
        install(secret, null);
        Registry.Row before = Registry.tenant(clientKey).orElseThrow();

        String otherIssuer = ConnectClient.token("someone-else", secret, INSTALLED_QSH, claims -> { });
        HttpResponse<String> response = install(ConnectClient.newSecret(), otherIssuer);

        assertProblem(response, 401);
        assertThat(Registry.tenant(clientKey)).contains(before);
    }

    @Test
    void contextTokenCannotDriveTheLifecycle() throws Exception {
        String secret = ConnectClient.newSecret();
        install(secret, null);
        Registry.Row before = Registry.tenant(clientKey).orElseThrow();

        HttpResponse<String> reinstall = install(ConnectClient.newSecret(), signed(secret, "context-qsh"));
        HttpResponse<String> uninstall = uninstall(signed(secret, "context-qsh"));

        assertProblem(reinstall, 401);
        assertProblem(uninstall, 401);
        assertThat(Registry.tenant(clientKey)).contains(before);
    }

    @Test
    void uninstallKeepsTheTenantItsDataAndItsSecret() throws Exception {
        String secret = ConnectClient.newSecret();
        install(secret, null);
        Registry.Row before = Registry.tenant(clientKey).orElseThrow();

        HttpResponse<String> response = uninstall(signed(secret, UNINSTALLED_QSH));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        Registry.Row after = Registry.tenant(clientKey).orElseThrow();
        assertThat(after.state()).isEqualTo("UNINSTALLED");
        assertThat(after.uninstalledAtSet()).isTrue();
        assertThat(after.sealedSecret()).isEqualTo(before.sealedSecret());
        assertThat(Registry.lastEvent(clientKey)).isEqualTo("uninstalled:accepted");
    }

    @Test
    void unsignedUninstallIsRefused() throws Exception {
        install(ConnectClient.newSecret(), null);
        Registry.Row before = Registry.tenant(clientKey).orElseThrow();

        assertProblem(uninstall(null), 401);
        assertThat(Registry.tenant(clientKey)).contains(before);
    }

    @Test
    void reinstallSignedWithThePreviousSecretRestoresTheTenantAndItsData() throws Exception {
        String previous = ConnectClient.newSecret();
        install(previous, null);
        UUID tenant = Registry.tenant(clientKey).orElseThrow().id();
        TenantData.addRepository(tenant, "kept-repo");
        uninstall(signed(previous, UNINSTALLED_QSH));

        HttpResponse<String> response = install(ConnectClient.newSecret(), signed(previous, INSTALLED_QSH));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        Registry.Row restored = Registry.tenant(clientKey).orElseThrow();
        assertThat(restored.id()).isEqualTo(tenant);
        assertThat(restored.state()).isEqualTo("INSTALLED");
        assertThat(restored.uninstalledAtSet()).isFalse();
        assertThat(TenantData.repositories(tenant)).containsExactly("kept-repo");
        assertThat(Registry.lastEvent(clientKey)).isEqualTo("reinstalled:accepted");
    }

    @Test
    void reinstallSignedWithAnotherSecretOrUnsignedGetsNothingBack() throws Exception {
        String previous = ConnectClient.newSecret();
        install(previous, null);
        uninstall(signed(previous, UNINSTALLED_QSH));
        Registry.Row uninstalled = Registry.tenant(clientKey).orElseThrow();

        HttpResponse<String> forged = install(ConnectClient.newSecret(), signed(ConnectClient.newSecret(), INSTALLED_QSH));
        HttpResponse<String> unsigned = install(ConnectClient.newSecret(), null);

        assertProblem(forged, 401);
        assertProblem(unsigned, 401);
        assertThat(Registry.tenant(clientKey)).contains(uninstalled);
    }

    @Test
    void malformedBodiesAreBadRequestsThatStoreNothing() throws Exception {
        assertProblem(ConnectClient.post("/installed", "{not json", null), 400);
        assertProblem(ConnectClient.post("/installed", "[1, 2]", null), 400);
        JsonObject noClientKey = jakarta.json.Json.createObjectBuilder(
                ConnectClient.installBody(clientKey, ConnectClient.newSecret(), workspace, BITBUCKET_API)).remove("clientKey").build();
        HttpResponse<String> missing = ConnectClient.post("/installed", noClientKey, null);

        assertProblem(missing, 400);
        assertThat(Http.json(missing).getString("detail")).contains("clientKey");
        assertThat(Registry.tenant(clientKey)).isEmpty();
    }

    private HttpResponse<String> install(String secret, String token) throws Exception {
        return ConnectClient.post("/installed", ConnectClient.installBody(clientKey, secret, workspace, BITBUCKET_API), token);
    }

    private HttpResponse<String> uninstall(String token) throws Exception {
        return ConnectClient.post("/uninstalled", ConnectClient.installBody(clientKey, null, workspace, BITBUCKET_API), token);
    }

    private String signed(String secret, String qsh) {
        return ConnectClient.token(clientKey, secret, qsh, claims -> { });
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Http.json(response).getInt("status")).isEqualTo(status);
    }
}
