package com.bitgraphs.simulator.connect;

import com.bitgraphs.simulator.auth.QueryStringHash;
import com.bitgraphs.simulator.http.QueryString;

import java.net.URI;

/**
 * URLs into the app: a descriptor's (usually relative) module URL made absolute against the app's baseUrl, and the
 * query string hash of a request to it, whose path counts from the baseUrl's path, as Connect wants.
 */
public final class AppUrl {
    private AppUrl() {
    }

    public static URI absolute(Descriptor descriptor, String url) {
        if (url.startsWith("http://") || url.startsWith("https://")) {
            return URI.create(url);
        }
        return URI.create(descriptor.baseUrl() + (url.startsWith("/") ? url : "/" + url));
    }

    public static String qsh(String method, Descriptor descriptor, URI target) {
        String basePath = URI.create(descriptor.baseUrl()).getRawPath();
        return QueryStringHash.of(method, target.getRawPath(), basePath, QueryString.parse(target.getRawQuery()));
    }
}
