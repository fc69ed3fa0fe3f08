package com.bitgraphs.bitbucket.control;

import jakarta.annotation.Priority;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

import java.net.URI;

/**
 * Sends a {@link NextPages} call to the {@code next} URL it carries. A link that leaves the tenant's API
 * (another scheme, host, port or path) is refused: it would carry the tenant's credentials elsewhere.
 */
@Priority(100)
public class NextLink implements ClientRequestFilter {

    public static final String HEADER = "X-Bitgraphs-Next";

    private final URI baseApiUrl;

    public NextLink(URI baseApiUrl) {
        this.baseApiUrl = baseApiUrl;
    }

    @Override
    public void filter(ClientRequestContext request) {
        Object next = request.getHeaders().getFirst(HEADER);
        if (next == null) {
            return;
        }
        request.getHeaders().remove(HEADER);
        URI target = URI.create(next.toString());
        if (!under(target, baseApiUrl)) {
            throw new IllegalStateException("A next link left the tenant's Bitbucket API; not followed");
        }
        request.setUri(target);
    }

    static boolean under(URI target, URI base) {
        String basePath = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/$", "");
        String path = target.getRawPath() == null ? "" : target.getRawPath();
        return base.getScheme().equalsIgnoreCase(target.getScheme())
                && base.getHost().equalsIgnoreCase(target.getHost())
                && base.getPort() == target.getPort()
                && (basePath.isEmpty() || path.equals(basePath) || path.startsWith(basePath + "/"));
    }
}
