package com.bitgraphs.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * How the pages are framed: {@code bitgraphs.pages.frame-ancestors} ({@code BITGRAPHS_PAGES_FRAME_ANCESTORS}),
 * a comma-separated list of origins that may embed them, bitbucket.org by default; the demo and the tests add the
 * simulator's page host.
 */
@ApplicationScoped
public class PageSettings {

    @Inject
    @ConfigProperty(name = "bitgraphs.pages.frame-ancestors", defaultValue = "https://bitbucket.org")
    List<String> frameAncestors;

    private ContentSecurityPolicy policy;

    @PostConstruct
    void init() {
        policy = new ContentSecurityPolicy(frameAncestors.stream().map(String::strip)
                .map(origin -> origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin)
                .filter(origin -> !origin.isEmpty()).toList());
    }

    public ContentSecurityPolicy policy() {
        return policy;
    }
}
