package com.bitgraphs.people.control;

/** What person resolution needs of an identity: a Bitbucket account uuid or an email, and the name seen. */
public record KnownIdentity(long id, String accountUuid, String email, String displayName) {
}
