package com.bitgraphs.people.control;

/** An admin's merge: identity {@code identityId} belongs to the person of {@code intoIdentityId}. */
public record Merge(long identityId, long intoIdentityId) {
}
