package com.bitgraphs.bench.workspace;

import java.time.ZoneOffset;

/** Someone who commits, and the offset their clock shows (git records it with every date). */
public record Author(String name, String email, ZoneOffset zone) {

    /** The offset as git writes it, e.g. {@code +0530}. */
    String gitZone() {
        int minutes = zone.getTotalSeconds() / 60;
        return String.format("%s%02d%02d", minutes < 0 ? "-" : "+", Math.abs(minutes) / 60, Math.abs(minutes) % 60);
    }
}
