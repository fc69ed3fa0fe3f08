package com.bitgraphs.tenant.entity;

import java.util.Objects;

/**
 * The Bitbucket workspace behind a tenant, as the install's {@code principal} names it.
 *
 * @param uuid        Bitbucket's uuid, braces included
 * @param slug        the workspace id in URLs
 * @param displayName for people
 * @param type        {@code team} or {@code user}
 */
public record Workspace(String uuid, String slug, String displayName, String type) {

    public Workspace {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(slug, "slug");
    }
}
