package com.careline.complaint.compensation;

public enum CompensationStatus {
    /** Within the threshold: agreed as proposed. */
    AGREED,
    /** Above the threshold: waits for the division manager (分管经理). */
    PENDING_APPROVAL,
    /** Signed off by the division manager; counts as agreed. */
    APPROVED,
    REJECTED;

    public boolean isAgreed() {
        return this == AGREED || this == APPROVED;
    }
}
