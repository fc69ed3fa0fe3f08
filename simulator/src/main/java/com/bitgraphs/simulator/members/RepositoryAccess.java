package com.bitgraphs.simulator.members;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which repositories a member may read. Unrestricted by default (every member writes every repository); a test
 * narrows one member to some repositories to check that an app shows people only what they may read.
 */
public final class RepositoryAccess {

    private final Map<String, Set<String>> restricted = new ConcurrentHashMap<>();

    /** @param slugs the repositories the member may read from now on; empty Optional lifts the restriction */
    public void restrict(String memberUuid, Optional<Set<String>> slugs) {
        slugs.ifPresentOrElse(s -> restricted.put(memberUuid, Set.copyOf(s)), () -> restricted.remove(memberUuid));
    }

    public boolean mayRead(Member member, String slug) {
        Set<String> slugs = restricted.get(member.uuid());
        return slugs == null || slugs.contains(slug);
    }
}
