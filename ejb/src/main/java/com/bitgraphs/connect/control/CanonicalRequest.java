package com.bitgraphs.connect.control;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * A request reduced to what its query string hash covers: {@code METHOD&path&query}. The path is taken
 * relative to a base URL (the app's {@code baseUrl} for requests Bitbucket sends us, the tenant's
 * {@code baseApiUrl} for the calls we send Bitbucket), so the hash survives proxies and context paths.
 * The body is never covered.
 */
public final class CanonicalRequest {

    private final String method;
    private final String path;
    private final String query;

    private CanonicalRequest(String method, String path, String query) {
        this.method = method;
        this.path = path;
        this.query = query;
    }

    /**
     * A request Bitbucket sent to the app, as a JAX-RS filter sees it.
     *
     * @param rawPath    the path as received, still percent-encoded and including any context path
     *                   ({@code UriInfo.getRequestUri().getRawPath()})
     * @param rawQuery   the query as received, percent-encoded, or {@code null}
     * @param appBaseUrl the app's configured {@code baseUrl}; only its path matters, as host and port
     *                   differ behind a proxy
     * @throws IllegalArgumentException when the query holds malformed percent-encoding
     */
    public static CanonicalRequest incoming(String method, String rawPath, String rawQuery, URI appBaseUrl) {
        return new CanonicalRequest(canonicalMethod(method), CanonicalPath.relativeTo(rawPath, appBaseUrl.getRawPath()),
                CanonicalQuery.of(rawQuery));
    }

    /** A request Bitbucket sent to the app, from its full request URI. */
    public static CanonicalRequest incoming(String method, URI requestUri, URI appBaseUrl) {
        return incoming(method, requestUri.getRawPath(), requestUri.getRawQuery(), appBaseUrl);
    }

    /**
     * A call the app is about to send to a tenant's Bitbucket.
     *
     * @throws IllegalArgumentException when the target is not under {@code baseApiUrl}: a token signed
     *                                  with the tenant's secret must never travel to another origin
     */
    public static CanonicalRequest outgoing(String method, URI target, URI baseApiUrl) {
        if (!sameOrigin(target, baseApiUrl) || !CanonicalPath.isUnder(target.getRawPath(), baseApiUrl.getRawPath())) {
            throw new IllegalArgumentException("The target is not under the tenant's base API URL");
        }
        return new CanonicalRequest(canonicalMethod(method),
                CanonicalPath.relativeTo(target.getRawPath(), baseApiUrl.getRawPath()), CanonicalQuery.of(target.getRawQuery()));
    }

    public String method() {
        return method;
    }

    /** Starts with {@code /}, ends with {@code /} only when it is the whole path, {@code &} written {@code %26}. */
    public String path() {
        return path;
    }

    /** Sorted, RFC 3986 encoded, without {@code jwt}; empty when there is no query. */
    public String query() {
        return query;
    }

    /** The string that is hashed: {@code METHOD&path&query}. */
    public String canonical() {
        return method + '&' + path + '&' + query;
    }

    private static String canonicalMethod(String method) {
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("A request needs a method");
        }
        return method.toUpperCase(Locale.ROOT);
    }

    private static boolean sameOrigin(URI target, URI base) {
        return target.isAbsolute()
                && target.getScheme().equalsIgnoreCase(base.getScheme())
                && target.getHost() != null && target.getHost().equalsIgnoreCase(base.getHost())
                && effectivePort(target) == effectivePort(base)
                && target.getRawUserInfo() == null;
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CanonicalRequest that && canonical().equals(that.canonical());
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, query);
    }

    /** The canonical string: holds no token, since {@code jwt} is dropped from the query. */
    @Override
    public String toString() {
        return canonical();
    }
}
