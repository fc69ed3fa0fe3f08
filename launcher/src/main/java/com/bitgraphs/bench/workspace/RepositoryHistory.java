package com.bitgraphs.bench.workspace;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One repository's history as a fast-import stream: work on main and on short feature branches that are merged
 * back (their branch then deleted, as after a pull request) or left open; tags now and then; files added,
 * edited, renamed and deleted; some binaries. Exactly the asked number of commits, merges included.
 */
final class RepositoryHistory {

    private static final String[] MODULES = {"api", "billing", "core", "auth", "reports", "storage", "web", "jobs"};
    private static final String[] TOPICS = {"pagination", "retry", "cache", "login", "export", "timeouts", "logging",
        "validation", "rate limit", "search", "upload", "settings"};
    private static final int MAX_OPEN_FEATURES = 4;

    private final Random random;
    private final SourceText text;
    private final FastImportStream out;
    private final List<Author> authors;
    private final Branch main = new Branch("main", null, null);
    private final List<Branch> features = new ArrayList<>();
    private int marks;
    private int fileSerial;
    private int branchSerial;
    private int releases;

    RepositoryHistory(long seed, List<Author> committers, FastImportStream out) {
        this.random = new Random(seed);
        this.text = new SourceText(random);
        this.out = out;
        // A few people do most of the work: the first authors appear far more often
        List<Author> weighted = new ArrayList<>();
        for (int i = 0; i < committers.size(); i++) {
            for (int w = 0; w < Math.max(1, 12 / (i + 1)); w++) {
                weighted.add(committers.get(i));
            }
        }
        this.authors = List.copyOf(weighted);
    }

    void write(int commits, Instant start, Instant end) throws IOException {
        long span = end.getEpochSecond() - start.getEpochSecond();
        // A release now and then: about a dozen over the history, but not more often than every 50 commits
        int releaseEvery = Math.max(50, Math.min(400, commits / 12));
        for (int i = 0; i < commits; i++) {
            long when = start.getEpochSecond() + span * i / commits + random.nextInt(3 * 3600);
            if (i == 0) {
                change(main, when, "Initial import", 30);
            } else {
                step(when);
            }
            if (i > 0 && i % releaseEvery == 0) {
                out.tag("v" + (1 + releases / 10) + "." + (releases % 10), main.tip);
                releases++;
            }
        }
    }

    private void step(long when) throws IOException {
        if (features.size() < MAX_OPEN_FEATURES && random.nextInt(100) < 6) {
            String kind = random.nextInt(4) == 0 ? "bugfix" : "feature";
            features.add(new Branch(kind + "/BG-" + (++branchSerial), main.tip, main));
        }
        if (!features.isEmpty() && random.nextInt(100) < 40) {
            Branch feature = features.get(random.nextInt(features.size()));
            if (feature.commits >= 2 && random.nextInt(100) < 25) {
                merge(feature, when);
            } else {
                change(feature, when, message(), FilesPerCommit.sample(random));
            }
        } else {
            change(main, when, message(), FilesPerCommit.sample(random));
        }
    }

    /** An ordinary commit touching about that many files. */
    private void change(Branch branch, long when, String message, int files) throws IOException {
        Map<String, Integer> modified = new LinkedHashMap<>();
        List<String> deleted = new ArrayList<>();
        List<String[]> renamed = new ArrayList<>();
        int existing = branch.size();
        if (existing > 20 && random.nextInt(100) < 3) {
            rename(branch, renamed, modified);
        }
        if (existing > 30 && random.nextInt(100) < 2) {
            String gone = branch.pick(random);
            if (!modified.containsKey(gone)) {
                deleted.add(gone);
                branch.remove(gone);
            }
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < files; i++) {
            boolean add = branch.size() == 0 || random.nextInt(100) < 5 || chosen.size() >= existing / 2;
            String path = add ? newPath() : branch.pick(random);
            // A file this commit already changed is not changed twice
            if (modified.containsKey(path) || !chosen.add(path)) {
                continue;
            }
            FileBody before = branch.get(path);
            FileBody after = before == null ? created(path) : edited(before);
            branch.put(path, after);
            modified.put(path, after.mark());
        }
        int mark = ++marks;
        out.commit(branch.name, mark, author(), when, message, branch.tip, null);
        for (String[] rename : renamed) {
            out.rename(rename[0], rename[1]);
        }
        for (String path : deleted) {
            out.delete(path);
        }
        for (Map.Entry<String, Integer> file : modified.entrySet()) {
            out.modify(file.getKey(), file.getValue(), false);
        }
        out.endCommit();
        branch.tip = mark;
        branch.commits++;
        branch.touched.addAll(modified.keySet());
        branch.touched.addAll(deleted);
        renamed.forEach(rename -> branch.touched.addAll(List.of(rename[0], rename[1])));
    }

    /** Moves a text file to another module, sometimes with a small edit that keeps it a rename for git. */
    private void rename(Branch branch, List<String[]> renamed, Map<String, Integer> modified) throws IOException {
        String from = branch.pick(random);
        FileBody body = branch.get(from);
        if (body.isBinary() || body.lines().size() < 8) {
            return;
        }
        String to = newPath().replace(".java", "") + "Moved.java";
        renamed.add(new String[] {from, to});
        branch.remove(from);
        if (random.nextBoolean()) {
            FileBody touched = FileBody.text(text.touch(body.lines()), ++marks);
            out.blob(touched.mark(), touched.bytes());
            branch.put(to, touched);
            modified.put(to, touched.mark());
        } else {
            branch.put(to, body);
        }
    }

    /** A merge commit on main bringing the feature's changes; the branch is deleted as after a pull request. */
    private void merge(Branch feature, long when) throws IOException {
        int mark = ++marks;
        out.commit(main.name, mark, author(), when, "Merge pull request #" + branchSerial + ": " + feature.name,
                main.tip, feature.tip);
        for (String path : feature.touched) {
            FileBody body = feature.get(path);
            if (body != null) {
                out.modify(path, body.mark(), false);
                main.put(path, body);
            } else if (main.remove(path) != null) {
                out.delete(path);
            }
        }
        out.endCommit();
        main.tip = mark;
        main.commits++;
        features.remove(feature);
        // Most source branches are deleted on merge; some linger
        if (random.nextInt(10) != 0) {
            out.deleteBranch(feature.name);
        }
    }

    private FileBody created(String path) throws IOException {
        FileBody body = path.endsWith(".png") ? FileBody.binary(text.binary(), ++marks)
                : FileBody.text(text.newFile(5 + random.nextInt(40)), ++marks);
        out.blob(body.mark(), body.bytes());
        return body;
    }

    private FileBody edited(FileBody before) throws IOException {
        FileBody body = before.isBinary() ? FileBody.binary(text.binary(), ++marks)
                : FileBody.text(text.edit(before.lines()), ++marks);
        out.blob(body.mark(), body.bytes());
        return body;
    }

    private String newPath() {
        int serial = ++fileSerial;
        String module = MODULES[random.nextInt(MODULES.length)];
        if (random.nextInt(100) < 4) {
            return "assets/" + module + "/icon" + serial + ".png";
        }
        String area = random.nextInt(4) == 0 ? "src/test/java/com/acme/" : "src/main/java/com/acme/";
        return area + module + "/" + Character.toUpperCase(module.charAt(0)) + module.substring(1) + serial + ".java";
    }

    private Author author() {
        return authors.get(random.nextInt(authors.size()));
    }

    private String message() {
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        String module = MODULES[random.nextInt(MODULES.length)];
        return switch (random.nextInt(5)) {
            case 0 -> "Fix " + topic + " in " + module;
            case 1 -> "Add " + topic + " to " + module;
            case 2 -> "Refactor " + module + " " + topic;
            case 3 -> "Test " + topic + " of " + module;
            default -> "Update " + module + ": " + topic;
        };
    }
}
