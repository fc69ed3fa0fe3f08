package com.bitgraphs.simulator.git;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The commit list of {@code /commits}: every commit reachable from a branch or tag (or from {@code include=}),
 * minus those reachable from {@code exclude=}, newest first in topological order: children before parents, and a
 * line of history kept together, exactly as {@code git rev-list --topo-order --branches --tags} lists them. Lists
 * are cached until a ref moves, since clients page through them.
 */
public final class CommitLog {
    private static final int NARROWED_KEPT = 32;
    /** The tips and the list walked from them, swapped as one so concurrent readers never pair them wrongly. */
    private volatile Walked cached = new Walked(Map.of(), List.of());
    /** Recent include/exclude lists, so paging through one does not walk the history again for every page. */
    private final Map<String, List<String>> narrowed = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > NARROWED_KEPT;
        }
    };

    public List<String> list(ServedRepository served, Collection<String> include, Collection<String> exclude) {
        Map<String, String> tips = RefTips.of(served.git());
        if (include.isEmpty() && exclude.isEmpty()) {
            Walked current = cached;
            if (!current.tips().equals(tips)) {
                current = new Walked(tips, walk(served.git(), tips.values(), List.of()));
                cached = current;
            }
            return current.hashes();
        }
        String key = tips + "|" + include + "|" + exclude;
        synchronized (narrowed) {
            List<String> known = narrowed.get(key);
            if (known != null) {
                return known;
            }
        }
        List<String> hashes = walk(served.git(), include.isEmpty() ? tips.values() : include, exclude);
        synchronized (narrowed) {
            narrowed.put(key, hashes);
        }
        return hashes;
    }

    private static List<String> walk(Repository repository, Collection<String> starts, Collection<String> stops) {
        try (RevWalk walk = new RevWalk(repository)) {
            // git's --topo-order: a branch's commits stay together instead of interleaving by date
            walk.sort(RevSort.TOPO_KEEP_BRANCH_TOGETHER, true);
            walk.sort(RevSort.COMMIT_TIME_DESC, true);
            for (String start : starts) {
                walk.markStart(walk.parseCommit(resolve(repository, start)));
            }
            for (String stop : stops) {
                walk.markUninteresting(walk.parseCommit(resolve(repository, stop)));
            }
            List<String> hashes = new ArrayList<>();
            for (RevCommit commit : walk) {
                hashes.add(commit.name());
            }
            return List.copyOf(hashes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A branch, tag or (abbreviated) hash to a commit id. */
    public static ObjectId resolve(Repository repository, String revision) {
        try {
            ObjectId id = repository.resolve(revision + "^{commit}");
            if (id == null) {
                throw new UnknownRevision(revision);
            }
            return id;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnknownRevision unknown) {
                throw unknown;
            }
            throw new UnknownRevision(revision);
        }
    }

    private record Walked(Map<String, String> tips, List<String> hashes) {
    }
}
