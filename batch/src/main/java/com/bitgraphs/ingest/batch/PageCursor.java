package com.bitgraphs.ingest.batch;

import java.io.Serializable;

/**
 * Where a paged read stands: the page being read ({@code null} for the first) and how many of its items the
 * committed chunks have taken. A restart reads that page again and skips them.
 */
public record PageCursor(String page, int taken) implements Serializable {
}
