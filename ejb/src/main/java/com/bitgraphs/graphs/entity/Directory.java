package com.bitgraphs.graphs.entity;

import java.util.List;

/** The people and repositories a workspace's reports can be filtered by. */
public final class Directory {

    private Directory() {
    }

    public record Identity(long id, String name, String email, String accountUuid) {
    }

    public record Person(long id, String name, List<Identity> identities) {
    }

    public record Repository(long id, String slug, String name, String fullName) {
    }
}
