package com.careline.platform.events.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.careline.platform.events.Party;

/**
 * Event types on {@code careline.complaint.events} and their data. The envelope's subject is the
 * complaint id and its correlation id the waybill or inquiry the complaint came from. Every record
 * carries the complaint's id, readable number and branch, so consumers need not call back; only
 * {@link Resolved} and {@link CompensationDecided} carry the customer's name and phone, which the follow-up
 * call and the payment of the compensation (claims-service) need.
 *
 * <p>The events that start or restart SLA clocks name them in {@code clocks} ({@link ComplaintClocks} kinds), so
 * a consumer learns which clocks a case has from its events instead of re-typing the rules; null in events
 * published before the field existed, when registration started first response and resolution (and the
 * hand-off if major), a transfer the progress report, a reopen the resolution.
 */
public final class ComplaintEvents {

    public static final String REGISTERED = "complaint.registered";
    public static final String ACKNOWLEDGED = "complaint.acknowledged";
    public static final String MAJOR_RECEIVED = "complaint.major-received";
    /** Received outside working hours and judged urgent by its receiver: for the on-duty manager (003). */
    public static final String URGENT_AFTER_HOURS = "complaint.urgent-after-hours";
    /** Found major after intake: from now on it counts as major. */
    public static final String MARKED_MAJOR = "complaint.marked-major";
    public static final String TRANSFERRED = "complaint.transferred";
    public static final String PROGRESS_REPORTED = "complaint.progress-reported";
    public static final String COMPENSATION_PROPOSED = "complaint.compensation-proposed";
    /**
     * An offer within the approval threshold, agreed as proposed: published with {@link #COMPENSATION_PROPOSED}.
     * Data: {@link CompensationDecided}, decision AGREED.
     */
    public static final String COMPENSATION_AGREED = "complaint.compensation-agreed";
    public static final String COMPENSATION_APPROVED = "complaint.compensation-approved";
    public static final String COMPENSATION_REJECTED = "complaint.compensation-rejected";
    public static final String RESOLVED = "complaint.resolved";
    public static final String REOPENED = "complaint.reopened";
    public static final String CLOSED = "complaint.closed";
    public static final String OWNER_CHANGED = "complaint.owner-changed";
    /** Data: {@link com.careline.platform.events.Escalated}. */
    public static final String ESCALATED = "complaint.escalated";

    private ComplaintEvents() {
    }

    /**
     * {@code customerKey} identifies the customer for repeat-complaint counts without personal data: the
     * customer number, or a hash of the phone number when there is none. {@code party} is who it is for, for
     * the desk's search.
     */
    public record Registered(UUID complaintId, String number, String branch, String channel, String category,
            boolean major, List<String> majorReasons, String waybillNo, String customerKey, String owner,
            Instant receivedAt, List<String> clocks, Party party) {
    }

    public record UrgentAfterHours(UUID complaintId, String number, String branch, boolean major, String receivedBy,
            Instant at) {
    }

    public record MarkedMajor(UUID complaintId, String number, String branch, List<String> reasons, String note,
            String by, Instant at, List<String> clocks) {
    }

    /** The first response reached the customer ({@code ACKNOWLEDGED}), or the head clerk took a major one. */
    public record Acknowledged(UUID complaintId, String number, String branch, String by, Instant at) {
    }

    public record Transferred(UUID complaintId, String number, String branch, String department,
            String departmentBranch, String note, String by, Instant at, List<String> clocks) {
    }

    public record ProgressReported(UUID complaintId, String number, String branch, String department, String report,
            String by, Instant at) {
    }

    public record CompensationProposed(UUID complaintId, String number, String branch, BigDecimal amount,
            boolean needsApproval, String justification, String by, Instant at) {
    }

    /**
     * Data of {@code compensation-agreed}, {@code compensation-approved} and {@code compensation-rejected}.
     * An agreed or approved one is paid through claims-service (003, 001), which opens a claim per decision.
     *
     * @param approved true for AGREED and APPROVED: the customer is to be paid {@code amount}
     * @param by who decided: the proposer of an agreed offer, the signer of an approved or rejected one
     * @param at when it was decided; with {@code complaintId} it names the decision
     * @param authorisedBy the division manager whose authorisation let {@code by} decide; null when it was them,
     *                     or for an offer agreed within the threshold
     * @param decision AGREED, APPROVED or REJECTED (null in records published before it was added)
     * @param category the complaint's category (DELAY, DAMAGE, LOSS, ..., ATTITUDE, BILLING, OTHER)
     * @param waybillNo the waybill the complaint is about, if any
     */
    public record CompensationDecided(UUID complaintId, String number, String branch, BigDecimal amount,
            boolean approved, String note, String by, Instant at, String authorisedBy, String decision,
            String category, String waybillNo, String customerName, String phone) {

        public static final String AGREED = "AGREED";
        public static final String APPROVED = "APPROVED";
        public static final String REJECTED = "REJECTED";
    }

    public record Resolved(UUID complaintId, String number, String branch, String category, boolean major,
            String resolution, String customerName, String phone, String owner, Instant receivedAt,
            Instant resolvedAt, String by) {
    }

    /** {@code revisitId} is set when an unsatisfied follow-up call reopened it. */
    public record Reopened(UUID complaintId, String number, String branch, String reason, UUID revisitId, String by,
            Instant at, List<String> clocks) {
    }

    /**
     * Closed after a follow-up call found the customer satisfied, or, when {@code unreachable}, on a supervisor's
     * decision that the customer cannot be reached ({@code reason}; 003's one exception, counted apart).
     */
    public record Closed(UUID complaintId, String number, String branch, UUID revisitId, Instant at,
            boolean unreachable, String reason) {
    }

    public record OwnerChanged(UUID complaintId, String number, String branch, String from, String to, String reason,
            String by, Instant at) {
    }
}
