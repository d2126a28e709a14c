package com.careline.platform.sla;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One interval during which a clock did not count, and why (e.g. waiting for the customer's documents). */
@Embeddable
public class ClockPause {

    @Column(name = "paused_at")
    private Instant pausedAt;
    @Column(name = "resumed_at")
    private Instant resumedAt;
    private String reason;

    protected ClockPause() {
    }

    ClockPause(Instant pausedAt, String reason) {
        this.pausedAt = pausedAt;
        this.reason = reason;
    }

    void resume(Instant at) {
        this.resumedAt = at;
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public Instant resumedAt() {
        return resumedAt;
    }

    public String reason() {
        return reason;
    }
}
