package com.bitgraphs.bitbucket.entity;

/** A member of a workspace. */
public record WorkspaceMembership(Account user, WorkspaceRef workspace) {

    public record WorkspaceRef(String uuid, String slug, String name) {
    }
}
