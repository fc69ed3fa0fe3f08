package com.bitgraphs.retention.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * How long an uninstalled tenant's data is kept ({@code bitgraphs.retention.days}, default 60) and when the
 * daily sweep runs ({@code bitgraphs.retention.sweep-time}, UTC {@code HH:mm}, default {@code 03:30}).
 */
@ApplicationScoped
public class RetentionSettings {

    @Inject
    @ConfigProperty(name = "bitgraphs.retention.days", defaultValue = "60")
    int days;

    @Inject
    @ConfigProperty(name = "bitgraphs.retention.sweep-time", defaultValue = "03:30")
    String sweepTime;

    public Duration retention() {
        if (days < 1) {
            throw new IllegalStateException("bitgraphs.retention.days must be at least 1, not " + days);
        }
        return Duration.ofDays(days);
    }

    public LocalTime sweepTime() {
        try {
            return LocalTime.parse(sweepTime.strip());
        } catch (RuntimeException e) {
            throw new IllegalStateException("bitgraphs.retention.sweep-time must be HH:mm (UTC), not " + sweepTime);
        }
    }

    /** The instant the sweep of that day runs. */
    public Instant sweepOn(LocalDate date) {
        return date.atTime(sweepTime()).toInstant(ZoneOffset.UTC);
    }

    /** A sweep at {@code sweptAt} purges tenants uninstalled at or before this instant. */
    public Instant cutoff(Instant sweptAt) {
        return sweptAt.minus(retention());
    }
}
