package com.bitgraphs.web.pages;

/** The pages there are, each named after the module of the Connect descriptor that embeds it. */
public enum PageKind {

    WORKSPACE("workspace", "Workspace overview"),
    REPOSITORY("repository", "Repository graphs"),
    PROFILE("profile", "Contributions"),
    SETTINGS("settings", "Bitgraphs settings");

    private final String id;
    private final String title;

    PageKind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }
}
