package com.careline.platform.sla;

import java.time.Duration;
import java.time.Instant;

/** A clock as a case shows it to users. */
public record SlaClockView(
        String kind,
        SlaClockState state,
        Instant startedAt,
        Instant dueAt,
        int escalationLevel,
        Instant nextEscalationAt,
        Instant stoppedAt,
        Duration lateBy) {

    public static SlaClockView from(SlaClock clock) {
        return new SlaClockView(clock.kind(), clock.state(), clock.startedAt(), clock.dueAt(), clock.level(),
                clock.nextEscalationAt(), clock.stoppedAt(), clock.lateBy());
    }
}
