package com.bitgraphs.simulator.git;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The repositories a workspace serves, by slug, in the order they were given.
 */
public final class RepositoryShelf implements AutoCloseable {
    private final Map<String, ServedRepository> bySlug = new LinkedHashMap<>();

    public RepositoryShelf(List<Path> directories) {
        try {
            for (Path directory : directories) {
                ServedRepository served = new ServedRepository(directory);
                if (bySlug.putIfAbsent(served.slug(), served) != null) {
                    served.close();
                    throw new IllegalArgumentException("Two repositories named " + served.slug());
                }
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public Optional<ServedRepository> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug.toLowerCase(Locale.ROOT)));
    }

    public Collection<ServedRepository> all() {
        return bySlug.values();
    }

    @Override
    public void close() {
        bySlug.values().forEach(ServedRepository::close);
    }
}
