package com.careline.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Singleton;

/**
 * The application's {@link Clock} in tests: it stands still until a test moves it, so deadlines are
 * reached by {@link #advance(Duration)}, never by waiting. Replaces the platform's default clock bean.
 */
@Singleton
public class TestClock extends Clock {

    /** Microseconds, as PostgreSQL keeps them: an instant read back from the database equals the one written. */
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now().truncatedTo(ChronoUnit.MICROS));
    private final ZoneId zone;

    public TestClock() {
        this(ZoneId.of("Asia/Shanghai"));
    }

    private TestClock(ZoneId zone) {
        this.zone = zone;
    }

    public Instant advance(Duration duration) {
        return now.updateAndGet(t -> t.plus(duration));
    }

    /** Moves the clock to {@code instant}; tests share one clock, so prefer moving forward. */
    public void set(Instant instant) {
        now.set(instant.truncatedTo(ChronoUnit.MICROS));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(instant(), other);
    }
}
