package com.careline.claims.recovery;

public enum RecoveryStatus {
    /** Filed with the carrier or insurer, waiting for its answer. */
    FILED,
    /** The counterparty paid what it accepted (possibly nothing). */
    SETTLED
}
