package com.bitgraphs.connect.control;

/**
 * The path part of a {@link CanonicalRequest}: relative to a base path, starting with {@code /}, without a
 * trailing {@code /} unless it is the whole path, and with {@code &} written {@code %26} so that a path
 * can never pose as a query.
 */
final class CanonicalPath {

    private CanonicalPath() {
    }

    static String relativeTo(String rawPath, String rawBasePath) {
        String path = rawPath == null ? "" : rawPath;
        String base = withoutTrailingSlash(rawBasePath);
        if (!base.isEmpty() && isUnder(path, base)) {
            path = path.substring(base.length());
        }
        // A path outside the base stays whole: its hash then cannot match, which is the right answer
        path = path.replace("&", "%26");
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    /** Whether the path is the base or below it, segment by segment: {@code /app} is not under {@code /ap}. */
    static boolean isUnder(String rawPath, String rawBasePath) {
        String path = rawPath == null ? "" : rawPath;
        String base = withoutTrailingSlash(rawBasePath);
        return base.isEmpty() || path.equals(base) || path.startsWith(base + "/");
    }

    private static String withoutTrailingSlash(String rawBasePath) {
        String base = rawBasePath == null ? "" : rawBasePath;
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
