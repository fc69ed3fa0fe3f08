package com.bitgraphs.bitbucket.entity;

/** What one user may do in one repository: {@code read}, {@code write} or {@code admin}. */
public record RepositoryPermission(String permission, Account user, RepositoryRef repository) {

    public record RepositoryRef(String uuid, String slug, String name,
                                @jakarta.json.bind.annotation.JsonbProperty("full_name") String fullName) {
    }
}
