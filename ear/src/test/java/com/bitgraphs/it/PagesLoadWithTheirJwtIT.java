package com.bitgraphs.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The descriptor's pages load with Bitbucket's page JWT bound to their URL, name only the token's workspace, are
 * framed only where allowed, and hand the page a context token that opens the read API and nothing else.
 */
@ArquillianTest
class PagesLoadWithTheirJwtIT extends DeployedApplication {

    private static final Pattern CONTEXT = Pattern.compile(
            "<script type=\"application/json\" id=\"bitgraphs-context\">(.*?)</script>", Pattern.DOTALL);

    private final String clientKey = "client-" + UUID.randomUUID();
    private final String workspace = "pages-" + UUID.randomUUID().toString().substring(0, 8);
    private String secret;

    @BeforeEach
    void installedTenant() throws Exception {
        secret = ConnectClient.newSecret();
        HttpResponse<String> install = ConnectClient.post("/installed",
                ConnectClient.installBody(clientKey, secret, workspace, ConnectClient.LOCAL_API), null);
        assertThat(install.statusCode()).as(install.body()).isEqualTo(204);
    }

    @Test
    void everyPageLoadsWithItsPageJwtAndCarriesAContextToken() throws Exception {
        for (String query : new String[]{"/pages/workspace?workspace=" + workspace, "/pages/settings?workspace=" + workspace,
                "/pages/profile?workspace=" + workspace + "&user=" + encode("{user-1}"),
                "/pages/repository?workspace=" + workspace + "&repository=" + encode("{repo-1}")}) {
            HttpResponse<String> page = load(query, pageJwt(query));

            assertThat(page.statusCode()).as(query + ": " + page.body()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'none'", "script-src 'self' https://bitbucket.org", "connect-src 'self'",
                            "frame-ancestors " + ConnectClient.LOCAL_API));
            assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            JsonObject context = context(page);
            assertThat(context.getString("workspace")).isEqualTo(workspace);
            assertThat(context.getString("api")).isEqualTo("/bitgraphs/api/v1/workspaces/" + workspace);
            assertThat(context.getString("token")).isNotBlank();
        }
    }

    @Test
    void theContextTokenOpensTheReadApiButNotTheLifecycle() throws Exception {
        String query = "/pages/workspace?workspace=" + workspace;
        String token = UsedSecrets.add(context(load(query, pageJwt(query))).getString("token"));

        HttpResponse<String> workspaceInfo = ConnectClient.get(app("/api/v1/workspaces/" + workspace), token);
        HttpResponse<String> uninstall = ConnectClient.post("/uninstalled",
                ConnectClient.installBody(clientKey, secret, workspace, ConnectClient.LOCAL_API), token);

        assertThat(workspaceInfo.statusCode()).as(workspaceInfo.body()).isEqualTo(200);
        assertThat(uninstall.statusCode()).isEqualTo(401);
        assertThat(Registry.tenant(clientKey).orElseThrow().state()).isEqualTo("INSTALLED");
    }

    @Test
    void aPageLoadedWithAContextTokenGetsNoTokenOfOurs() throws Exception {
        String query = "/pages/workspace?workspace=" + workspace;
        String ours = UsedSecrets.add(context(load(query, pageJwt(query))).getString("token"));

        HttpResponse<String> page = load(query, ours);

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(context(page).containsKey("token")).isFalse();
    }

    @Test
    void aPageJwtBoundToAnotherUrlIsRefused() throws Exception {
        HttpResponse<String> page = load("/pages/workspace?workspace=" + workspace,
                pageJwt("/pages/settings?workspace=" + workspace));

        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).doesNotContain("bitgraphs-context");
    }

    @Test
    void aPageWithoutJwtIsRefused() throws Exception {
        HttpResponse<String> page = Http.get(app("/pages/workspace?workspace=" + workspace));

        assertThat(page.statusCode()).isEqualTo(401);
    }

    @Test
    void anotherWorkspaceIsNotFound() throws Exception {
        String query = "/pages/workspace?workspace=someone-else";
        HttpResponse<String> page = load(query, pageJwt(query));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("bitgraphs-context");
    }

    @Test
    void scriptsStylesAndEchartsAreServedFromTheWar() throws Exception {
        HttpResponse<String> main = Http.get(app("/assets/main.js"));
        HttpResponse<String> css = Http.get(app("/assets/pages.css"));
        HttpResponse<String> echarts = Http.get(app("/webjars/echarts/" + System.getProperty("bitgraphs.it.echarts.version")
                + "/dist/echarts.min.js"));
        HttpResponse<String> outside = Http.get(app("/assets/..%2FWEB-INF%2Fbeans.xml"));

        assertThat(main.statusCode()).isEqualTo(200);
        assertThat(main.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.body()).contains("getInstanceByDom");
        assertThat(outside.statusCode()).isIn(400, 404);
    }

    private String pageJwt(String pathAndQuery) {
        URI uri = URI.create(pathAndQuery);
        String canonicalQuery = uri.getRawQuery() == null ? "" : canonical(uri.getRawQuery());
        return ConnectClient.token(clientKey, secret, ConnectClient.qsh("GET", uri.getRawPath(), canonicalQuery),
                claims -> claims.setSubject("{user-1}"));
    }

    /** Sorted by key; our test values are already RFC 3986 encoded and never repeat a key. */
    private static String canonical(String rawQuery) {
        return java.util.Arrays.stream(rawQuery.split("&")).sorted().reduce((a, b) -> a + "&" + b).orElse("");
    }

    private static HttpResponse<String> load(String pathAndQuery, String jwt) throws Exception {
        return Http.get(app(pathAndQuery + "&jwt=" + jwt));
    }

    private static JsonObject context(HttpResponse<String> page) {
        Matcher matcher = CONTEXT.matcher(page.body());
        assertThat(matcher.find()).as(page.body()).isTrue();
        try (var reader = Json.createReader(new StringReader(matcher.group(1)))) {
            return reader.readObject();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
