package com.bitgraphs.simulator.pullrequests;

import com.bitgraphs.simulator.git.ServedRepository;
import com.bitgraphs.simulator.members.MemberDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All pull requests of each repository, newest id first, recomputed only when a ref moves or the pull-request file
 * changes.
 */
public final class PullRequestCatalog {
    private final MergedPullRequests merged;
    private final PullRequestFile file;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public PullRequestCatalog(MemberDirectory members, long seed) {
        this.merged = new MergedPullRequests(members, seed);
        this.file = new PullRequestFile(members);
    }

    public List<PullRequest> all(ServedRepository repository) {
        Optional<Path> path = PullRequestFile.locate(repository);
        String key = repository.refTips() + "|" + path.map(PullRequestCatalog::stamp).orElse("");
        Cached cached = cache.get(repository.slug());
        if (cached == null || !cached.key().equals(key)) {
            cached = new Cached(key, compute(repository, path));
            cache.put(repository.slug(), cached);
        }
        return cached.pullRequests();
    }

    private List<PullRequest> compute(ServedRepository repository, Optional<Path> path) {
        List<PullRequest> fromFile = path.map(p -> file.read(repository, p)).orElse(List.of());
        Set<Integer> taken = new HashSet<>();
        fromFile.forEach(pr -> taken.add(pr.id()));
        List<PullRequest> all = new ArrayList<>(fromFile);
        all.addAll(merged.derive(repository, taken));
        all.sort(Comparator.comparingInt(PullRequest::id).reversed());
        return List.copyOf(all);
    }

    private static String stamp(Path path) {
        try {
            return path + "@" + Files.getLastModifiedTime(path).toMillis() + "/" + Files.size(path);
        } catch (IOException e) {
            return path.toString();
        }
    }

    private record Cached(String key, List<PullRequest> pullRequests) {
    }
}
