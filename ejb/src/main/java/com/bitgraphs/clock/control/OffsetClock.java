package com.bitgraphs.clock.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * UTC system time moved by an offset that can change while the server runs: the integration tests use it
 * to put an uninstall 59 or 61 days in the past without waiting. Only built when the configuration says
 * the clock is adjustable, which production never does.
 */
public final class OffsetClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public Duration offset() {
        return offset.get();
    }

    public void offset(Duration newOffset) {
        offset.set(newOffset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }
}
