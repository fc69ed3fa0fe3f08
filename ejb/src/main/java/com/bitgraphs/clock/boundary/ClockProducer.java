package com.bitgraphs.clock.boundary;

import com.bitgraphs.clock.control.OffsetClock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The application's one clock: UTC system time. With {@code bitgraphs.clock.adjustable=true} (tests only,
 * default {@code false}) an operator may move it by an offset, so the retention tests can age an uninstall;
 * the server warns at startup, and without that setting the offset cannot be changed at all.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    @Inject
    @ConfigProperty(name = "bitgraphs.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    private OffsetClock offsetClock;

    @PostConstruct
    void build() {
        if (adjustable) {
            offsetClock = new OffsetClock();
            LOG.warning("bitgraphs.clock.adjustable is on: operators can move this server's clock. Never in production.");
        }
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return adjustable ? offsetClock : Clock.systemUTC();
    }

    /** The adjustable clock, when this server has one. */
    public Optional<OffsetClock> adjustable() {
        return Optional.ofNullable(offsetClock);
    }

    /** @return false when the clock is not adjustable here */
    public boolean move(Duration offset) {
        if (offsetClock == null) {
            return false;
        }
        offsetClock.offset(offset);
        LOG.warning(() -> "Clock offset set to " + offset);
        return true;
    }
}
