package com.bitgraphs.bitbucket.entity;

import jakarta.json.bind.annotation.JsonbProperty;

import java.time.OffsetDateTime;

/** A repository of a workspace. */
public record Repository(String uuid,
                         String slug,
                         String name,
                         @JsonbProperty("full_name") String fullName,
                         @JsonbProperty("is_private") Boolean isPrivate,
                         @JsonbProperty("created_on") OffsetDateTime createdOn,
                         @JsonbProperty("updated_on") OffsetDateTime updatedOn,
                         Branch mainbranch,
                         WorkspaceMembership.WorkspaceRef workspace) {

    public record Branch(String name) {
    }
}
