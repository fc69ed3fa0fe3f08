package com.bitgraphs.web.pages;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;
import java.util.Map;

/**
 * Files of the WAR answered through JAX-RS, which owns the whole context root, so the container's default
 * servlet never sees a request. Callers vet the path; this only reads it and names its type.
 */
final class WarFiles {

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "svg", "image/svg+xml");

    private WarFiles() {
    }

    static Response serve(ServletContext servletContext, String path, String cacheControl) {
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        InputStream in = type == null ? null : servletContext.getResourceAsStream(path);
        if (in == null) {
            throw new NotFoundException("No file " + path);
        }
        return Response.ok(in, type)
                .header("Cache-Control", cacheControl)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
