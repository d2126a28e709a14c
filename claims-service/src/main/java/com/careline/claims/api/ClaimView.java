package com.careline.claims.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.careline.claims.claim.Claim;
import com.careline.claims.claim.ClaimOrigin;
import com.careline.claims.claim.ClaimStage;
import com.careline.claims.claim.ClaimStatus;
import com.careline.claims.claim.ClaimType;
import com.careline.claims.compensation.CompensationSource;
import com.careline.claims.document.DocumentChecklist;
import com.careline.claims.document.DocumentType;
import com.careline.claims.recovery.Counterparty;
import com.careline.claims.recovery.Recovery;
import com.careline.claims.recovery.RecoveryStatus;
import com.careline.platform.sla.SlaClock;
import com.careline.platform.sla.SlaClockView;

/** A claim as the desk shows it: stage and owner, checklist, offer, payment, recovery and clocks. */
public record ClaimView(
        UUID id,
        String number,
        String branch,
        ClaimStage stage,
        /** The branch while documents are missing, then HQ. */
        String owner,
        ClaimStatus status,
        ClaimType type,
        String waybillNo,
        String claimant,
        String phone,
        BigDecimal declaredValue,
        boolean insured,
        BigDecimal insuredAmount,
        BigDecimal freight,
        BigDecimal amountClaimed,
        String currency,
        String description,
        String exceptionKind,
        ClaimOrigin origin,
        String correlationId,
        String openedBy,
        Instant openedAt,
        Instant repliedAt,
        Checklist documents,
        /** The complaint decision a COMPLAINT_COMPENSATION claim pays; null for any other. */
        CompensationView compensation,
        AssessmentView assessment,
        SettlementView settlement,
        RecoveryView recovery,
        /** The highest rung any of its clocks has reached (0: none breached). */
        int escalationLevel,
        List<SlaClockView> clocks,
        /** How a REJECTED, WITHDRAWN or SUPERSEDED claim ended; null otherwise. */
        EndingView ending,
        long version) {

    /** {@code clause}: the exclusion clause of a rejection, null otherwise. */
    public record EndingView(String clause, String reason, String by, Instant at) {
    }

    /** {@code authorisedBy}: the division manager whose authorisation let {@code decidedBy} sign it off. */
    public record CompensationView(UUID complaintId, String complaintNumber, CompensationSource.Decision decision,
            String decidedBy, String authorisedBy, Instant decidedAt) {

        static CompensationView from(CompensationSource s) {
            return s == null ? null : new CompensationView(s.complaintId(), s.complaintNumber(), s.decision(),
                    s.decidedBy(), s.authorisedBy(), s.decidedAt());
        }
    }

    public record Checklist(List<DocumentType> required, List<DocumentType> received, List<DocumentType> missing,
            boolean complete, Instant completedAt) {
    }

    public record AssessmentView(BigDecimal payable, String rule, List<String> calculation, String assessedBy,
            Instant assessedAt, String approvedBy, String approvedRole, Instant approvedAt) {
    }

    public record SettlementView(String answerNote, Instant answeredAt, BigDecimal paidAmount,
            String paymentReference, String paidBy, Instant paidAt) {
    }

    public record RecoveryView(Counterparty counterparty, String counterpartyName, BigDecimal amount,
            String reference, RecoveryStatus status, BigDecimal amountRecovered, String filedBy, Instant filedAt,
            Instant settledAt) {

        static RecoveryView from(Recovery r) {
            return r == null ? null : new RecoveryView(r.counterparty(), r.counterpartyName(), r.amount(),
                    r.reference(), r.status(), r.amountRecovered(), r.filedBy(), r.filedAt(), r.settledAt());
        }
    }

    public static ClaimView from(Claim c, DocumentChecklist.Status checklist, List<SlaClock> clocks) {
        // a compensation claim is approved unassessed: its payable amount and approval show all the same
        var assessment = c.assessedAt() == null && c.approvedAt() == null ? null : new AssessmentView(c.payable(),
                c.assessmentRule(), c.assessmentSteps(), c.assessedBy(), c.assessedAt(), c.approvedBy(),
                c.approvedRole(), c.approvedAt());
        var settlement = c.answeredAt() == null ? null : new SettlementView(c.answerNote(), c.answeredAt(),
                c.paidAmount(), c.paymentReference(), c.paidBy(), c.paidAt());
        return new ClaimView(c.id(), c.number(), c.branch(), c.stage(), c.owner(), c.status(), c.type(),
                c.waybillNo(), c.claimant(), c.phone(), c.declaredValue(), c.isInsured(), c.insuredAmount(),
                c.freight(), c.amountClaimed(), c.currency(), c.description(), c.exceptionKind(), c.origin(),
                c.correlationId(), c.openedBy(), c.openedAt(), c.repliedAt(),
                new Checklist(checklist.required(), checklist.received(), checklist.missing(), checklist.isComplete(),
                        c.documentsCompleteAt()),
                CompensationView.from(c.compensation()), assessment, settlement, RecoveryView.from(c.recovery()),
                clocks.stream().mapToInt(SlaClock::level).max().orElse(0),
                clocks.stream().map(SlaClockView::from).toList(),
                c.endedAt() == null ? null : new EndingView(c.endClause(), c.endReason(), c.endedBy(), c.endedAt()),
                c.version());
    }
}
