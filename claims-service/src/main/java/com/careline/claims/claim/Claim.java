package com.careline.claims.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import com.careline.claims.claim.ClaimStatus.Step;
import com.careline.claims.compensation.CompensationSource;
import com.careline.claims.recovery.Recovery;
import com.careline.platform.errors.Conflict;
import com.careline.platform.ids.TimeOrderedIds;
import com.careline.platform.timeline.JournaledCase;

/**
 * A claim (索赔) on a waybill, or a complaint's compensation to pay. Plain entity: every change goes through a
 * method that checks the status or stage first, so an illegal step is a 409 and never a half-changed claim.
 */
@Entity
public class Claim implements JournaledCase {

    @Id
    private UUID id;
    private String number;
    private String branch;
    @Enumerated(EnumType.STRING)
    private ClaimStage stage;
    @Enumerated(EnumType.STRING)
    private ClaimStatus status;
    @Enumerated(EnumType.STRING)
    private ClaimType type;
    @Column(name = "waybill_no")
    private String waybillNo;
    private String claimant;
    private String phone;
    @Column(name = "declared_value")
    private BigDecimal declaredValue;
    private boolean insured;
    @Column(name = "insured_amount")
    private BigDecimal insuredAmount;
    private BigDecimal freight;
    @Column(name = "amount_claimed")
    private BigDecimal amountClaimed;
    private String currency;
    private String description;
    @Column(name = "exception_kind")
    private String exceptionKind;
    @Column(name = "correlation_id")
    private String correlationId;
    @Column(name = "opened_by")
    private String openedBy;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "replied_at")
    private Instant repliedAt;
    @Column(name = "documents_complete_at")
    private Instant documentsCompleteAt;
    private BigDecimal payable;
    @Column(name = "assessment_rule")
    private String assessmentRule;
    @Column(name = "assessment_steps")
    private String assessmentSteps;
    @Column(name = "assessed_by")
    private String assessedBy;
    @Column(name = "assessed_at")
    private Instant assessedAt;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_role")
    private String approvedRole;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "answer_note")
    private String answerNote;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "paid_amount")
    private BigDecimal paidAmount;
    @Column(name = "payment_reference")
    private String paymentReference;
    @Column(name = "paid_by")
    private String paidBy;
    @Column(name = "paid_at")
    private Instant paidAt;
    @Column(name = "end_clause")
    private String endClause;
    @Column(name = "end_reason")
    private String endReason;
    @Column(name = "ended_by")
    private String endedBy;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Embedded
    private Recovery recovery;
    /** The complaint decision it pays; null but for a compensation claim. */
    @Embedded
    private CompensationSource compensation;
    @Version
    private long version;

    protected Claim() {
    }

    /** What the claimant states; amounts in {@code currency}. Null amounts: not known yet (opened from an event). */
    public record Particulars(ClaimType type, String waybillNo, String claimant, String phone,
            BigDecimal declaredValue, boolean insured, BigDecimal insuredAmount, BigDecimal freight,
            BigDecimal amountClaimed, String currency, String description) {
    }

    /**
     * Opens a claim owned by the branch that received it (首问负责制, 000: the branch gathers the documents).
     * The correlation id is the complaint or shipment exception it came from, else the waybill.
     */
    public static Claim open(String number, String branch, Particulars p, String exceptionKind, String correlationId,
            String openedBy, Instant at) {
        Claim c = new Claim();
        c.id = TimeOrderedIds.next();
        c.number = number;
        c.branch = branch;
        c.stage = ClaimStage.BRANCH;
        c.status = ClaimStatus.OPEN;
        c.type = p.type();
        c.waybillNo = p.waybillNo();
        c.claimant = p.claimant();
        c.phone = p.phone();
        c.declaredValue = p.declaredValue();
        c.insured = p.insured();
        c.insuredAmount = p.insuredAmount();
        c.freight = p.freight();
        c.amountClaimed = p.amountClaimed();
        c.currency = p.currency();
        c.description = p.description();
        c.exceptionKind = exceptionKind;
        c.correlationId = correlationId == null || correlationId.isBlank() ? p.waybillNo() : correlationId;
        c.openedBy = openedBy;
        c.openedAt = at;
        return c;
    }

    /**
     * A complaint's compensation, paid by the one payment process (001): the amount agreed or signed off on the
     * complaint (003) is payable, approved and agreed there, so the claim waits at headquarters for the payment
     * alone, without documents or assessment. {@code p.amountClaimed()} is that amount.
     */
    public static Claim forCompensation(String number, String branch, Particulars p, CompensationSource source,
            String openedBy, Instant at) {
        Claim c = open(number, branch, p, null, source.complaintId().toString(), openedBy, at);
        c.compensation = source;
        c.stage = ClaimStage.HEADQUARTERS;
        c.documentsCompleteAt = at;
        c.repliedAt = source.decidedAt(); // the complaint's decision was the customer's answer
        c.payable = p.amountClaimed();
        c.approvedBy = source.decidedBy();
        c.approvedRole = source.approvedRole();
        c.approvedAt = source.decidedAt();
        c.answerNote = "agreed on complaint " + source.complaintNumber();
        c.answeredAt = source.decidedAt();
        c.status = ClaimStatus.AGREED;
        return c;
    }

    /**
     * Completes what a claim opened from a shipment exception did not know; only before it is assessed. False
     * when {@code p} says what the claim already says (a repeated form): nothing changes, nothing is published.
     */
    public boolean restate(Particulars p) {
        if (status != ClaimStatus.OPEN) {
            throw new Conflict("the particulars of a claim that is " + status + " cannot change");
        }
        if (Objects.equals(claimant, p.claimant()) && Objects.equals(phone, p.phone())
                && same(declaredValue, p.declaredValue()) && insured == p.insured()
                && same(insuredAmount, p.insuredAmount()) && same(freight, p.freight())
                && same(amountClaimed, p.amountClaimed())
                && (p.description() == null || p.description().equals(description))) {
            return false;
        }
        claimant = p.claimant();
        phone = p.phone();
        declaredValue = p.declaredValue();
        insured = p.insured();
        insuredAmount = p.insuredAmount();
        freight = p.freight();
        amountClaimed = p.amountClaimed();
        description = p.description() == null ? description : p.description();
        return true;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** True the first time the claimant gets an answer. */
    public boolean reply(Instant at) {
        if (repliedAt != null) {
            return false;
        }
        repliedAt = at;
        return true;
    }

    /** 000: with the documents complete, headquarters takes the claim over. False when it already has. */
    public boolean moveToHeadquarters(Instant at) {
        if (stage == ClaimStage.HEADQUARTERS) {
            return false;
        }
        stage = ClaimStage.HEADQUARTERS;
        documentsCompleteAt = at;
        return true;
    }

    /** 000: a document is missing again; the branch gathers it. False when the branch has the claim already. */
    public boolean returnToBranch() {
        if (stage == ClaimStage.BRANCH) {
            return false;
        }
        stage = ClaimStage.BRANCH;
        documentsCompleteAt = null;
        return true;
    }

    /**
     * Sets the payable amount. False when the claim is already assessed at this amount by this rule on this
     * freight (a repeated assessment): nothing changes and nothing is published. A disputed claim assessed again
     * at the same amount is a new offer, so it counts.
     */
    public boolean assess(BigDecimal payable, String rule, List<String> steps, BigDecimal freightUsed, String by,
            Instant at) {
        status.require(Step.ASSESS);
        if (stage != ClaimStage.HEADQUARTERS) {
            throw new Conflict("claim " + number + " is still missing documents; it is assessed once they are complete");
        }
        if (status == ClaimStatus.ASSESSED && same(this.payable, payable) && rule.equals(assessmentRule)
                && same(freight, freightUsed)) {
            return false;
        }
        this.payable = payable;
        this.assessmentRule = rule;
        this.assessmentSteps = String.join("\n", steps);
        this.freight = freightUsed;
        this.assessedBy = by;
        this.assessedAt = at;
        this.approvedBy = null;
        this.approvedRole = null;
        this.approvedAt = null;
        this.status = ClaimStatus.ASSESSED;
        return true;
    }

    public void approve(String by, String role, Instant at) {
        status.require(Step.APPROVE);
        approvedBy = by;
        approvedRole = role;
        approvedAt = at;
        status = ClaimStatus.APPROVED;
    }

    public void answer(boolean agreed, String note, Instant at) {
        status.require(Step.ANSWER);
        answerNote = note;
        answeredAt = at;
        status = agreed ? ClaimStatus.AGREED : ClaimStatus.DISPUTED;
    }

    public void pay(String reference, String by, Instant at) {
        status.require(Step.PAY);
        paidAmount = payable;
        paymentReference = reference;
        paidBy = by;
        paidAt = at;
        status = ClaimStatus.PAID;
    }

    /** Ends the claim without payment: rejected under {@code clause}, or withdrawn ({@code clause} null). */
    public void end(ClaimStatus ending, String clause, String reason, String by, Instant at) {
        close(ending == ClaimStatus.REJECTED ? Step.REJECT : Step.WITHDRAW, ending, clause, reason, by, at);
    }

    /** Ends an unpaid compensation claim replaced by the complaint's decision taken at {@code decidedAt}. */
    public void supersede(Instant decidedAt, String by, Instant at) {
        if (compensation == null) {
            throw new Conflict("claim " + number + " pays no complaint compensation; only those are superseded");
        }
        String reason = "superseded by the decision of " + decidedAt + " on complaint "
                + compensation.complaintNumber();
        close(Step.SUPERSEDE, ClaimStatus.SUPERSEDED, null, reason, by, at);
    }

    private void close(Step step, ClaimStatus ending, String clause, String reason, String by, Instant at) {
        status.require(step);
        endClause = clause;
        endReason = reason;
        endedBy = by;
        endedAt = at;
        status = ending;
    }

    public String endClause() {
        return endClause;
    }

    public String endReason() {
        return endReason;
    }

    public String endedBy() {
        return endedBy;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public void fileRecovery(Recovery filed) {
        if (stage != ClaimStage.HEADQUARTERS) {
            throw new Conflict("claim " + number + " is still with the branch; headquarters files the recovery");
        }
        if (recovery != null && recovery.status() != null) {
            throw new Conflict("a recovery is already filed on claim " + number + " (" + recovery.reference() + ")");
        }
        recovery = filed;
    }

    @Override
    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String branch() {
        return branch;
    }

    /** The branch while documents are missing, then headquarters. */
    public String owner() {
        return stage == ClaimStage.HEADQUARTERS ? "HQ" : branch;
    }

    public ClaimStage stage() {
        return stage;
    }

    public ClaimStatus status() {
        return status;
    }

    public ClaimType type() {
        return type;
    }

    public ClaimOrigin origin() {
        if (compensation() != null) {
            return ClaimOrigin.COMPLAINT_COMPENSATION;
        }
        return exceptionKind == null ? ClaimOrigin.DESK : ClaimOrigin.SHIPMENT_EXCEPTION;
    }

    public CompensationSource compensation() {
        return compensation == null || compensation.complaintId() == null ? null : compensation;
    }

    public String waybillNo() {
        return waybillNo;
    }

    public String claimant() {
        return claimant;
    }

    public String phone() {
        return phone;
    }

    public BigDecimal declaredValue() {
        return declaredValue;
    }

    public boolean isInsured() {
        return insured;
    }

    public BigDecimal insuredAmount() {
        return insuredAmount;
    }

    public BigDecimal freight() {
        return freight;
    }

    public BigDecimal amountClaimed() {
        return amountClaimed;
    }

    public String currency() {
        return currency;
    }

    public String description() {
        return description;
    }

    public String exceptionKind() {
        return exceptionKind;
    }

    @Override
    public String correlationId() {
        return correlationId;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant repliedAt() {
        return repliedAt;
    }

    public Instant documentsCompleteAt() {
        return documentsCompleteAt;
    }

    public BigDecimal payable() {
        return payable;
    }

    public String assessmentRule() {
        return assessmentRule;
    }

    public List<String> assessmentSteps() {
        return assessmentSteps == null ? List.of() : Arrays.asList(assessmentSteps.split("\n"));
    }

    public String assessedBy() {
        return assessedBy;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public String approvedRole() {
        return approvedRole;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String answerNote() {
        return answerNote;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public BigDecimal paidAmount() {
        return paidAmount;
    }

    public String paymentReference() {
        return paymentReference;
    }

    public String paidBy() {
        return paidBy;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public Recovery recovery() {
        return recovery == null || recovery.status() == null ? null : recovery;
    }

    public long version() {
        return version;
    }
}
