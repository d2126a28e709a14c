package com.careline.claims.compensation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The complaint decision a compensation claim pays: which complaint, agreed or signed off, by whom and when.
 * The complaint and the time name the decision: a claim opens once per decision (a unique index).
 */
@Embeddable
public class CompensationSource {

    /** How the complaint side authorised the amount (003). */
    public enum Decision {
        /** Within the complaint's approval threshold: agreed as proposed. */
        AGREED,
        /** Signed off by the division manager (分管经理签字), in person or by their authorisation. */
        APPROVED
    }

    @Column(name = "complaint_id")
    private UUID complaintId;
    @Column(name = "complaint_number")
    private String complaintNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "compensation_decision")
    private Decision decision;
    @Column(name = "compensation_decided_by")
    private String decidedBy;
    @Column(name = "compensation_authorised_by")
    private String authorisedBy;
    @Column(name = "compensation_decided_at")
    private Instant decidedAt;

    protected CompensationSource() {
    }

    /** @param authorisedBy the division manager whose authorisation let {@code decidedBy} sign; null when none */
    public CompensationSource(UUID complaintId, String complaintNumber, Decision decision, String decidedBy,
            String authorisedBy, Instant decidedAt) {
        this.complaintId = Objects.requireNonNull(complaintId, "complaintId");
        this.complaintNumber = complaintNumber;
        this.decision = Objects.requireNonNull(decision, "decision");
        this.decidedBy = decidedBy;
        this.authorisedBy = authorisedBy;
        this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
    }

    /**
     * The claim's approval role: the division manager's for a signed-off offer (003), also when someone they
     * authorised signed it ({@link #authorisedBy}); the complaint's threshold for an agreed one.
     */
    public String approvedRole() {
        return decision == Decision.APPROVED ? "DIVISION_MANAGER" : "COMPLAINT_THRESHOLD";
    }

    public UUID complaintId() {
        return complaintId;
    }

    public String complaintNumber() {
        return complaintNumber;
    }

    public Decision decision() {
        return decision;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String authorisedBy() {
        return authorisedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
