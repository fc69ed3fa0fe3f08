package com.bitgraphs.bench.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A line of history being written: its tip, its full file tree, and (for a feature branch) the paths it
 * changed since it left main, which its merge carries over.
 */
final class Branch {

    final String name;
    Integer tip;
    int commits;
    final Set<String> touched = new LinkedHashSet<>();
    private final Map<String, FileBody> files;
    /** The paths for picking one at random; removed paths stay until the next compaction. */
    private final List<String> paths;

    Branch(String name, Integer tip, Branch from) {
        this.name = name;
        this.tip = tip;
        this.files = from == null ? new HashMap<>() : new HashMap<>(from.files);
        this.paths = from == null ? new ArrayList<>() : new ArrayList<>(from.paths);
    }

    FileBody get(String path) {
        return files.get(path);
    }

    boolean has(String path) {
        return files.containsKey(path);
    }

    int size() {
        return files.size();
    }

    void put(String path, FileBody body) {
        if (files.put(path, body) == null) {
            paths.add(path);
        }
    }

    FileBody remove(String path) {
        FileBody removed = files.remove(path);
        if (removed != null && paths.size() > 2 * files.size() + 64) {
            paths.retainAll(files.keySet());
        }
        return removed;
    }

    /** A path of the tree, uniformly at random; the tree must not be empty. */
    String pick(Random random) {
        while (true) {
            String path = paths.get(random.nextInt(paths.size()));
            if (files.containsKey(path)) {
                return path;
            }
        }
    }
}
