package com.bitgraphs.graphs.entity;

/** A person as reports name them: the canonical identity's id and display name. */
public record PersonRef(long id, String name) {
}
