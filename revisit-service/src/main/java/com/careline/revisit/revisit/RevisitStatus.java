package com.careline.revisit.revisit;

/**
 * SCHEDULED until an agent reaches the customer (COMPLETED) or the calls stop (UNREACHABLE); CANCELLED when
 * moot. A complaint's call whose last attempt failed waits in AWAITING_DECISION for a supervisor: try again
 * later (SCHEDULED) or close it as unreachable (003 (5)).
 */
public enum RevisitStatus {
    SCHEDULED,
    AWAITING_DECISION,
    COMPLETED,
    UNREACHABLE,
    CANCELLED;

    /** Not finished: a reopened or re-resolved case still cancels it. */
    public boolean isOpen() {
        return this == SCHEDULED || this == AWAITING_DECISION;
    }
}
