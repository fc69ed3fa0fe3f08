package com.bitgraphs.bitbucket.entity;

import java.util.List;

/**
 * Bitbucket's paging envelope. {@code next} is followed as given, never built; {@code size} and
 * {@code page} may be missing.
 */
public record Page<T>(Integer pagelen, List<T> values, String next, Integer page, Integer size) {

    public Page {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public boolean hasNext() {
        return next != null && !next.isBlank();
    }
}
