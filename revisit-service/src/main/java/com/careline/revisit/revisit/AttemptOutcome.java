package com.careline.revisit.revisit;

/** What one call achieved. */
public enum AttemptOutcome {
    REACHED,
    NOT_REACHED
}
