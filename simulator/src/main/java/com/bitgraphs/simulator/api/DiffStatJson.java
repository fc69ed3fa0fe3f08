package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.git.FileChange;
import com.bitgraphs.simulator.http.JsonBuilders;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * A diffstat entry in Bitbucket's {@code diffstat} shape; {@code old} is null for an added file, {@code new} for a
 * removed one.
 */
public final class DiffStatJson {
    private DiffStatJson() {
    }

    public static JsonObject of(FileChange change) {
        JsonObjectBuilder json = JsonBuilders.object()
                .add("type", "diffstat")
                .add("status", change.status())
                .add("lines_added", change.linesAdded())
                .add("lines_removed", change.linesRemoved());
        file(json, "old", change.oldPath());
        file(json, "new", change.newPath());
        return json.build();
    }

    private static void file(JsonObjectBuilder json, String key, String path) {
        if (path == null) {
            json.addNull(key);
        } else {
            json.add(key, JsonBuilders.object().add("type", "commit_file").add("path", path)
                    .add("escaped_path", path));
        }
    }
}
