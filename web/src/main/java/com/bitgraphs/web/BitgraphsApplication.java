package com.bitgraphs.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Everything under the context root is JAX-RS: the Connect descriptor and lifecycle at the root, the
 * read API under {@code /api/v1}, pages and their assets.
 */
@ApplicationPath("/")
public class BitgraphsApplication extends Application {
}
