package com.bitgraphs.simulator.webhooks;

/**
 * A ref that moved between two polls.
 *
 * @param oldHash null when the ref was created
 * @param newHash null when the ref was deleted
 */
public record RefChange(String refName, String oldHash, String newHash) {

    public String type() {
        return refName.startsWith("refs/tags/") ? "tag" : "branch";
    }

    public String shortName() {
        return refName.replaceFirst("^refs/(heads|tags)/", "");
    }
}
