package com.careline.complaint.compensation;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import com.careline.platform.errors.Conflict;

/** The compensation offered on a complaint and its sign-off. */
@Embeddable
public class Compensation {

    @Column(name = "compensation_amount")
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    @Column(name = "compensation_status")
    private CompensationStatus status;
    @Column(name = "compensation_justification")
    private String justification;
    @Column(name = "compensation_proposed_by")
    private String proposedBy;
    @Column(name = "compensation_decided_by")
    private String decidedBy;
    @Column(name = "compensation_decided_at")
    private Instant decidedAt;
    @Column(name = "compensation_note")
    private String note;

    protected Compensation() {
    }

    /** A new offer replaces an agreed or rejected one (004: negotiate until the customer agrees). */
    public static Compensation propose(Compensation current, BigDecimal amount, String justification, String by,
            boolean needsApproval) {
        if (current != null && current.status == CompensationStatus.PENDING_APPROVAL) {
            throw new Conflict("an offer of " + current.amount + " is still waiting for the division manager");
        }
        Compensation offer = new Compensation();
        offer.amount = amount;
        offer.justification = justification;
        offer.proposedBy = by;
        offer.status = needsApproval ? CompensationStatus.PENDING_APPROVAL : CompensationStatus.AGREED;
        return offer;
    }

    public void approve(String by, Instant at, String note) {
        decide(CompensationStatus.APPROVED, by, at, note);
    }

    public void reject(String by, Instant at, String reason) {
        decide(CompensationStatus.REJECTED, by, at, reason);
    }

    private void decide(CompensationStatus decision, String by, Instant at, String note) {
        if (status != CompensationStatus.PENDING_APPROVAL) {
            throw new Conflict("the compensation is " + status + ", there is nothing to sign off");
        }
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = at;
        this.note = note;
    }

    public BigDecimal amount() {
        return amount;
    }

    public CompensationStatus status() {
        return status;
    }

    public String justification() {
        return justification;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String note() {
        return note;
    }
}
