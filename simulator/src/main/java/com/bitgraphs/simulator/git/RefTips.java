package com.bitgraphs.simulator.git;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The commits that branches and tags point at right now (annotated tags peeled; tags of trees or blobs ignored),
 * read anew each time so that new commits and moved refs are seen.
 */
public final class RefTips {
    private RefTips() {
    }

    /** Full ref name to commit hash, sorted by name. */
    public static Map<String, String> of(Repository repository) {
        Map<String, String> tips = new TreeMap<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_HEADS, Constants.R_TAGS)) {
                ObjectId id = ref.getObjectId();
                if (id == null) {
                    continue;
                }
                RevObject peeled = walk.peel(walk.parseAny(id));
                if (peeled instanceof RevCommit) {
                    tips.put(ref.getName(), peeled.name());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tips;
    }
}
