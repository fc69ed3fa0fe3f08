package com.bitgraphs.bitbucket.control;

import java.time.Duration;

/** Waits; tests substitute one that only records how long it would have waited. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
