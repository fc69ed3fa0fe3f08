package com.bitgraphs.people.control;

/**
 * Where an identity ends up: {@code personId} is the canonical identity it belongs to, or null when it is
 * canonical itself; {@code personName} is the name a mailmap gives a canonical identity, or null.
 */
public record PersonAssignment(Long personId, String personName) {
}
