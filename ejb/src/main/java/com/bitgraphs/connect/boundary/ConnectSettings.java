package com.bitgraphs.connect.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * How this installation of Bitgraphs presents itself to Bitbucket. Every key can be set as a system
 * property or as an environment variable ({@code bitgraphs.base-url} is {@code BITGRAPHS_BASE_URL}).
 */
@ApplicationScoped
public class ConnectSettings {

    @Inject
    @ConfigProperty(name = "bitgraphs.base-url", defaultValue = "http://localhost:8080/bitgraphs")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "bitgraphs.connect.key", defaultValue = "bitgraphs")
    String appKey;

    @Inject
    @ConfigProperty(name = "bitgraphs.connect.name", defaultValue = "Bitgraphs")
    String appName;

    /** Installs naming any other {@code baseApiUrl} are refused: our calls would carry its tokens elsewhere. */
    @Inject
    @ConfigProperty(name = "bitgraphs.connect.allowed-api-urls", defaultValue = "https://api.bitbucket.org")
    List<String> allowedApiUrls;

    @Inject
    @ConfigProperty(name = "bitgraphs.connect.jwt-leeway-seconds", defaultValue = "30")
    int jwtLeewaySeconds;

    public URI baseUrl() {
        return URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
    }

    public String appKey() {
        return appKey;
    }

    public String appName() {
        return appName;
    }

    public boolean allowsApiUrl(String baseApiUrl) {
        String normalized = stripSlash(baseApiUrl);
        return allowedApiUrls.stream().map(ConnectSettings::stripSlash).anyMatch(normalized::equals);
    }

    public Duration jwtLeeway() {
        return Duration.ofSeconds(jwtLeewaySeconds);
    }

    private static String stripSlash(String url) {
        String trimmed = url == null ? "" : url.strip();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
