package com.bitgraphs.simulator.git;

/**
 * One diffstat entry: a file's change against the first parent.
 *
 * @param status  Bitbucket's status: added, removed, modified or renamed
 * @param oldPath null for an added file
 * @param newPath null for a removed file
 */
public record FileChange(String status, String oldPath, String newPath, int linesAdded, int linesRemoved) {
}
