package com.bitgraphs.bitbucket.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/** One file of a commit's diff against its first parent; binary files count 0 lines. */
public record DiffstatEntry(String status,
                            @JsonbProperty("lines_added") int linesAdded,
                            @JsonbProperty("lines_removed") int linesRemoved,
                            @JsonbProperty("old") FileRef oldFile,
                            @JsonbProperty("new") FileRef newFile) {

    public record FileRef(String path) {
    }

    /** The path after the commit, or before it for a removed file. */
    public String path() {
        return newFile != null ? newFile.path() : oldFile == null ? null : oldFile.path();
    }
}
