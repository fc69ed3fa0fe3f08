package com.bitgraphs.people.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which identities are one person. First the mailmap: identities that it maps to the same proper email (or that
 * share it already) form a group whose canonical identity is the one with that email, else the oldest. Then the
 * admin's merges join groups, the merged-into side staying canonical. Deterministic, so it can be recomputed
 * from scratch whenever identities or rules change.
 */
public final class PersonResolution {

    private PersonResolution() {
    }

    public static Map<Long, PersonAssignment> resolve(Collection<KnownIdentity> identities, Mailmap mailmap, List<Merge> merges) {
        Map<Long, KnownIdentity> byId = new LinkedHashMap<>();
        identities.stream().sorted((a, b) -> Long.compare(a.id(), b.id())).forEach(i -> byId.put(i.id(), i));
        Map<String, Long> canonicalByKey = new HashMap<>();
        Map<Long, Long> parent = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        // identities whose own email is a group's key win the canonical place, so visit them first
        for (boolean ownKeyPass : new boolean[] {true, false}) {
            for (KnownIdentity identity : byId.values()) {
                String own = ownKey(identity);
                MailmapEntry entry = match(mailmap, own, identity.displayName());
                String key = entry != null && entry.properEmail() != null ? entry.properEmail() : own;
                if (key.equals(own) != ownKeyPass) {
                    continue;
                }
                Long canonical = canonicalByKey.putIfAbsent(key, identity.id());
                parent.put(identity.id(), canonical == null ? identity.id() : canonical);
                if (entry != null && entry.properName() != null) {
                    names.putIfAbsent(canonical == null ? identity.id() : canonical, entry.properName());
                }
            }
        }
        for (Merge merge : merges) {
            if (byId.containsKey(merge.identityId()) && byId.containsKey(merge.intoIdentityId())) {
                long from = root(parent, merge.identityId());
                long into = root(parent, merge.intoIdentityId());
                if (from != into) {
                    parent.put(from, into);
                    String name = names.remove(from);
                    if (name != null) {
                        names.putIfAbsent(into, name);
                    }
                }
            }
        }
        Map<Long, PersonAssignment> assignments = new LinkedHashMap<>();
        for (long id : byId.keySet()) {
            long root = root(parent, id);
            assignments.put(id, root == id ? new PersonAssignment(null, names.get(id)) : new PersonAssignment(root, null));
        }
        return assignments;
    }

    private static String ownKey(KnownIdentity identity) {
        return identity.email() != null ? identity.email().toLowerCase(Locale.ROOT) : identity.accountUuid().toLowerCase(Locale.ROOT);
    }

    /** git's rule: a line naming the commit's name beats a line naming only its email. */
    private static MailmapEntry match(Mailmap mailmap, String email, String name) {
        MailmapEntry emailOnly = null;
        for (MailmapEntry entry : mailmap.entries()) {
            if (entry.matches(email, name)) {
                if (entry.commitName() != null) {
                    return entry;
                }
                if (emailOnly == null) {
                    emailOnly = entry;
                }
            }
        }
        return emailOnly;
    }

    private static long root(Map<Long, Long> parent, long id) {
        long current = id;
        while (parent.get(current) != current) {
            current = parent.get(current);
        }
        return current;
    }
}
