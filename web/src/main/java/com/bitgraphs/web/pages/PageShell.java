package com.bitgraphs.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one HTML document every page is: a title, the page's kind and its context (workspace, repository, user,
 * the API's base and a context token) as inert JSON that the page's module script reads. No inline script, so the
 * policy can forbid them.
 */
@ApplicationScoped
public class PageShell {

    private static final String TEMPLATE = load();

    public String render(PageKind kind, JsonObject context) {
        return TEMPLATE
                .replace("{{title}}", escape(kind.title()))
                .replace("{{page}}", kind.id())
                // "<" only occurs inside JSON strings, where \u003c means the same and cannot close the element
                .replace("{{context}}", context.toString().replace("<", "\\u003c"));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String load() {
        try (InputStream in = PageShell.class.getResourceAsStream("shell.html")) {
            if (in == null) {
                throw new IllegalStateException("shell.html is missing from the WAR");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
