package com.bitgraphs.simulator.members;

import com.bitgraphs.simulator.git.CommitRecord;
import com.bitgraphs.simulator.git.RepositoryShelf;
import com.bitgraphs.simulator.git.ServedRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The workspace's members: one per distinct author email in the served repositories (named after the newest commit
 * with that email), less the emails without an account, plus the admin who installs apps. Recomputed when a ref
 * moves, since new commits can bring new authors.
 */
public final class MemberDirectory {
    private final RepositoryShelf shelf;
    private final Set<String> noAccount;
    private final Member admin;
    private final RepositoryAccess access = new RepositoryAccess();
    /** Refs are compared at most this often: a commit page asks for every author's member. */
    private static final long RECHECK_NANOS = 500_000_000L;
    private volatile Map<String, String> seenTips = Map.of();
    private volatile List<Member> members = List.of();
    private volatile Map<String, Member> byEmail = Map.of();
    private volatile long checkedAt = System.nanoTime() - RECHECK_NANOS;

    public MemberDirectory(RepositoryShelf shelf, Set<String> noAccountEmails, String workspace) {
        this.shelf = shelf;
        this.noAccount = noAccountEmails.stream().map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.admin = Member.forEmail("admin@" + workspace + ".simulator", workspace + " admin");
    }

    /** Members sorted by email, so pages are stable. */
    public synchronized List<Member> all() {
        if (System.nanoTime() - checkedAt < RECHECK_NANOS) {
            return members;
        }
        Map<String, String> tips = new HashMap<>();
        shelf.all().forEach(r -> r.refTips().forEach((ref, hash) -> tips.put(r.slug() + ":" + ref, hash)));
        if (!tips.equals(seenTips)) {
            members = derive();
            byEmail = members.stream().collect(Collectors.toMap(Member::email, m -> m));
            seenTips = tips;
        }
        checkedAt = System.nanoTime();
        return members;
    }

    public Optional<Member> byEmail(String email) {
        all();
        return Optional.ofNullable(byEmail.get(email.toLowerCase(Locale.ROOT)));
    }

    public Optional<Member> find(String selector) {
        if (admin.isNamedBy(selector)) {
            return Optional.of(admin);
        }
        return all().stream().filter(m -> m.isNamedBy(selector)).findFirst();
    }

    public RepositoryAccess access() {
        return access;
    }

    /** The account that installs apps and owns the workspace's tokens; not an author. */
    public Member admin() {
        return admin;
    }

    private List<Member> derive() {
        Map<String, CommitRecord> newestByEmail = new TreeMap<>();
        for (ServedRepository repository : shelf.all()) {
            for (String hash : repository.allCommits()) {
                CommitRecord commit = repository.commit(hash);
                String email = commit.authorEmail().toLowerCase(Locale.ROOT);
                if (email.isEmpty() || noAccount.contains(email)) {
                    continue;
                }
                newestByEmail.merge(email, commit,
                        (a, b) -> a.authorDate().isAfter(b.authorDate()) ? a : b);
            }
        }
        List<Member> result = new ArrayList<>();
        newestByEmail.forEach((email, commit) -> result.add(Member.forEmail(email, commit.authorName())));
        return List.copyOf(result);
    }
}
