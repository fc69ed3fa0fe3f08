package com.bitgraphs.bitbucket.entity;

/** A member's role in a workspace: {@code owner}, {@code collaborator} or {@code member}. */
public record WorkspacePermission(String permission, Account user) {
}
