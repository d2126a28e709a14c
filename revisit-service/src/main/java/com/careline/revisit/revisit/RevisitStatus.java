package com.careline.revisit.revisit;

/** SCHEDULED until an agent reaches the customer (COMPLETED) or gives up (UNREACHABLE); CANCELLED when moot. */
public enum RevisitStatus {
    SCHEDULED,
    COMPLETED,
    UNREACHABLE,
    CANCELLED;

    public boolean isOpen() {
        return this == SCHEDULED;
    }
}
