package com.careline.platform.events.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.careline.platform.events.Party;

/**
 * Event types on {@code careline.claim.events} and their data. The envelope's subject is the claim id and
 * its correlation id the complaint or shipment exception the claim came from, else its waybill. Every record
 * carries the claim's id, readable number and branch (the branch that received it), so consumers need not
 * call back. Amounts are in the claim's {@code currency}.
 */
public final class ClaimEvents {

    public static final String OPENED = "claim.opened";
    /** The claimant's particulars were stated or corrected after opening. Data: {@link Opened}. */
    public static final String PARTICULARS_STATED = "claim.particulars-stated";
    public static final String DOCUMENT_RECEIVED = "claim.document-received";
    public static final String DOCUMENT_REJECTED = "claim.document-rejected";
    public static final String DOCUMENTS_COMPLETE = "claim.documents-complete";
    public static final String MOVED_TO_HEADQUARTERS = "claim.moved-to-headquarters";
    /** A document rejected or newly required after the move: the branch gathers it again. */
    public static final String RETURNED_TO_BRANCH = "claim.returned-to-branch";
    public static final String REPLIED = "claim.replied";
    public static final String ASSESSED = "claim.assessed";
    public static final String APPROVED = "claim.approved";
    public static final String AGREED = "claim.agreed";
    public static final String DISPUTED = "claim.disputed";
    public static final String PAID = "claim.paid";
    /** Refused under an exclusion clause (免责条款), with the reason: ends the claim without payment. */
    public static final String REJECTED = "claim.rejected";
    /** Withdrawn by the claimant: ends the claim without payment. */
    public static final String WITHDRAWN = "claim.withdrawn";
    /**
     * A complaint compensation's claim replaced, before payment, by a later decision on the complaint, which has
     * its own claim: ends this one without payment. Data: {@link Superseded}.
     */
    public static final String SUPERSEDED = "claim.superseded";
    public static final String RECOVERY_FILED = "claim.recovery-filed";
    public static final String RECOVERY_SETTLED = "claim.recovery-settled";
    /** Data: {@link com.careline.platform.events.Escalated}. */
    public static final String ESCALATED = "claim.escalated";

    private ClaimEvents() {
    }

    /**
     * @param type DAMAGE, LOSS, SHORTAGE, WRONG_GOODS or DELAY; SERVICE for a complaint's compensation on a
     *             service failure (attitude, billing, other)
     * @param waybillNo null only for a complaint's compensation on a complaint without a waybill
     * @param exceptionKind the shipment exception kind it was opened from (DAMAGED, LOST, SHORT), else null
     * @param amountClaimed for a complaint's compensation, the amount agreed or signed off on the complaint,
     *                      which is the payable one
     * @param origin DESK, SHIPMENT_EXCEPTION or COMPLAINT_COMPENSATION (null in records published before it was
     *               added: read them by {@code exceptionKind})
     * @param party the claimant, for the desk's search
     */
    public record Opened(UUID claimId, String number, String branch, String waybillNo, String type, String claimant,
            BigDecimal declaredValue, boolean insured, BigDecimal insuredAmount, BigDecimal amountClaimed,
            String currency, String exceptionKind, String openedBy, Instant openedAt, String origin, Party party) {

        public static final String DESK = "DESK";
        public static final String SHIPMENT_EXCEPTION = "SHIPMENT_EXCEPTION";
        public static final String COMPLAINT_COMPENSATION = "COMPLAINT_COMPENSATION";

        /** A desk or shipment-exception claim, as every claim was before compensation claims. */
        public Opened(UUID claimId, String number, String branch, String waybillNo, String type, String claimant,
                BigDecimal declaredValue, boolean insured, BigDecimal insuredAmount, BigDecimal amountClaimed,
                String currency, String exceptionKind, String openedBy, Instant openedAt, Party party) {
            this(claimId, number, branch, waybillNo, type, claimant, declaredValue, insured, insuredAmount,
                    amountClaimed, currency, exceptionKind, openedBy, openedAt,
                    exceptionKind == null ? DESK : SHIPMENT_EXCEPTION, party);
        }
    }

    public record DocumentReceived(UUID claimId, String number, String branch, UUID documentId, String documentType,
            String fileName, String contentType, long size, String sha256, String by, Instant at) {
    }

    public record DocumentRejected(UUID claimId, String number, String branch, UUID documentId, String documentType,
            String reason, String by, Instant at) {
    }

    /** Every required document is in; {@code documentTypes} is the required set. */
    public record DocumentsComplete(UUID claimId, String number, String branch, List<String> documentTypes,
            Instant at) {
    }

    /** 000: with the documents complete, headquarters' customer department owns the claim. */
    public record MovedToHeadquarters(UUID claimId, String number, String branch, Instant at) {
    }

    public record Rejected(UUID claimId, String number, String branch, String clause, String reason, String by,
            Instant at) {
    }

    public record Withdrawn(UUID claimId, String number, String branch, String reason, String by, Instant at) {
    }

    /** @param decidedAt when the complaint's later decision, which replaces this claim, was taken */
    public record Superseded(UUID claimId, String number, String branch, String complaintNumber, Instant decidedAt,
            Instant at) {
    }

    public record ReturnedToBranch(UUID claimId, String number, String branch, List<String> missing, Instant at) {
    }

    /** The claimant got a first answer (001: within 1 day of registration). */
    public record Replied(UUID claimId, String number, String branch, String note, String by, Instant at) {
    }

    /**
     * @param rule INSURED or UNINSURED
     * @param calculation the steps, readable, in order (e.g. "insured amount 3000.00 - deductible 100.00 = 2900.00")
     */
    public record Assessed(UUID claimId, String number, String branch, BigDecimal amountClaimed, BigDecimal payable,
            String currency, String rule, List<String> calculation, String by, Instant at) {
    }

    public record Approved(UUID claimId, String number, String branch, BigDecimal payable, String currency,
            String role, String by, Instant at) {
    }

    /** Data of both {@code agreed} and {@code disputed}: the claimant's answer to the offer. */
    public record Answered(UUID claimId, String number, String branch, BigDecimal payable, boolean agreed,
            String note, String by, Instant at) {
    }

    public record Paid(UUID claimId, String number, String branch, BigDecimal amount, String currency,
            String paymentReference, String by, Instant at) {
    }

    /** @param counterparty CARRIER or INSURER */
    public record RecoveryFiled(UUID claimId, String number, String branch, String counterparty,
            String counterpartyName, BigDecimal amount, String currency, String reference, String by, Instant at) {
    }

    public record RecoverySettled(UUID claimId, String number, String branch, String counterparty, BigDecimal amount,
            BigDecimal amountRecovered, String currency, String reference, String by, Instant at) {
    }
}
