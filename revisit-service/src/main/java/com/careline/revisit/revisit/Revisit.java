package com.careline.revisit.revisit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import com.careline.platform.errors.Conflict;
import com.careline.platform.timeline.JournaledCase;

/**
 * A follow-up call (回访) on one case. {@code round} tells the calls of one case apart and is unique per
 * case: the resolution instant for a complaint (a complaint resolved again gets a new revisit), the month
 * ({@code 2026-11}) for a partner. Plain entity: state changes go through methods that check the status.
 */
@Entity
public class Revisit implements JournaledCase {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    @Column(name = "case_type")
    private CaseType caseType;
    @Column(name = "case_id")
    private String caseId;
    @Column(name = "case_number")
    private String caseNumber;
    private String round;
    private String branch;
    @Column(name = "customer_name")
    private String customerName;
    private String phone;
    @Column(name = "partner_type")
    private String partnerType;
    @Column(name = "correlation_id")
    private String correlationId;
    @Enumerated(EnumType.STRING)
    private RevisitStatus status;
    @Column(name = "due_on")
    private LocalDate dueOn;
    private Instant deadline;
    private boolean late;
    @Column(name = "late_reason")
    private String lateReason;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    private int attempts;
    @Column(name = "extra_attempts")
    private int extraAttempts;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Enumerated(EnumType.STRING)
    private DissatisfactionCause cause;
    private Boolean satisfied;
    private Integer reliability;
    private Integer assurance;
    private Integer tangibles;
    private Integer empathy;
    private Integer responsiveness;
    private String comments;
    private String suggestions;
    @Column(name = "new_service_needs")
    private String newServiceNeeds;
    @Column(name = "business_leads")
    private String businessLeads;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Revisit() {
    }

    /** The call after a resolved complaint; {@code round} is the resolution instant. */
    public static Revisit afterComplaint(UUID id, String complaintId, String number, String branch, String customerName,
            String phone, String correlationId, Instant receivedAt, Instant resolvedAt, LocalDate dueOn,
            Instant deadline, boolean late, String lateReason, Instant now) {
        Revisit r = scheduled(id, CaseType.COMPLAINT, complaintId, number, resolvedAt, branch, customerName, phone,
                correlationId, dueOn, deadline, now);
        r.late = late;
        r.lateReason = lateReason;
        r.receivedAt = receivedAt;
        return r;
    }

    /** The satisfaction survey after an inquiry's work-order answer was given; {@code round} is the reply instant. */
    public static Revisit afterInquiry(UUID id, String inquiryId, String number, String branch, String customerName,
            String phone, String correlationId, Instant repliedAt, LocalDate dueOn, Instant deadline, Instant now) {
        return scheduled(id, CaseType.INQUIRY, inquiryId, number, repliedAt, branch, customerName, phone,
                correlationId, dueOn, deadline, now);
    }

    /** A call planned for a case; one per (case, round), the round being when the case was resolved or replied. */
    private static Revisit scheduled(UUID id, CaseType caseType, String caseId, String number, Instant resolvedAt,
            String branch, String customerName, String phone, String correlationId, LocalDate dueOn, Instant deadline,
            Instant now) {
        Revisit r = new Revisit();
        r.id = id;
        r.caseType = caseType;
        r.caseId = caseId;
        r.caseNumber = number;
        r.round = resolvedAt.toString();
        r.branch = branch;
        r.customerName = customerName;
        r.phone = phone;
        r.correlationId = correlationId;
        r.status = RevisitStatus.SCHEDULED;
        r.dueOn = dueOn;
        r.deadline = deadline;
        r.resolvedAt = resolvedAt;
        r.createdAt = now;
        return r;
    }

    /** Whether a call that does not reach the customer now is the last one allowed ({@code maxAttempts} each round). */
    public boolean isLastAttempt(int maxAttempts) {
        return attempts + 1 >= maxAttempts + extraAttempts;
    }

    /** Records a call that did not reach the customer; the next try is on {@code retryOn}. */
    public int notReached(LocalDate retryOn) {
        requireCallable();
        attempts++;
        dueOn = retryOn;
        return attempts;
    }

    /** The last allowed call did not reach the customer either, and no one needs to decide what follows. */
    public int unreachable(Instant at, String by) {
        requireCallable();
        attempts++;
        status = RevisitStatus.UNREACHABLE;
        closedAt = at;
        closedBy = by;
        return attempts;
    }

    /** The last allowed call did not reach the customer: a supervisor decides what follows (003 (5)). */
    public int awaitDecision() {
        requireCallable();
        attempts++;
        status = RevisitStatus.AWAITING_DECISION;
        return attempts;
    }

    /** The supervisor's decision: another {@code moreAttempts} calls, the first on {@code retryOn}. */
    public void retry(LocalDate retryOn, Instant deadline, int moreAttempts, String reason) {
        requireAwaitingDecision();
        status = RevisitStatus.SCHEDULED;
        extraAttempts += moreAttempts;
        dueOn = retryOn;
        this.deadline = deadline;
        decisionReason = reason;
    }

    /** The supervisor's decision: the customer cannot be reached, the calls stop. */
    public void giveUp(Instant at, String by, String reason) {
        requireAwaitingDecision();
        status = RevisitStatus.UNREACHABLE;
        decisionReason = reason;
        closedAt = at;
        closedBy = by;
    }

    /** The customer was reached and answered the survey. */
    public int complete(Survey survey, Instant at, String by) {
        requireCallable();
        attempts++;
        status = RevisitStatus.COMPLETED;
        satisfied = survey.satisfied();
        reliability = survey.reliability();
        assurance = survey.assurance();
        tangibles = survey.tangibles();
        empathy = survey.empathy();
        responsiveness = survey.responsiveness();
        comments = survey.comments();
        suggestions = survey.suggestions();
        newServiceNeeds = survey.newServiceNeeds();
        businessLeads = survey.businessLeads();
        cause = survey.cause();
        closedAt = at;
        closedBy = by;
        return attempts;
    }

    /** The call became moot (the case was reopened, or resolved again). */
    public void cancel(Instant at, String reason) {
        requireOpen();
        status = RevisitStatus.CANCELLED;
        cancelReason = reason;
        closedAt = at;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new Conflict("revisit " + id + " is " + status + " and takes no more outcomes");
        }
    }

    private void requireCallable() {
        if (status == RevisitStatus.AWAITING_DECISION) {
            throw new Conflict("revisit " + id + " waits for a supervisor's decision after " + attempts
                    + " calls: try again later or close it as unreachable (POST /api/revisits/" + id + "/decision)");
        }
        requireOpen();
    }

    /** 409 unless the last call failed and a supervisor's decision is due. */
    public void requireAwaitingDecision() {
        if (status != RevisitStatus.AWAITING_DECISION) {
            throw new Conflict("revisit " + id + " is " + status + ": a decision follows only a last failed call");
        }
    }

    @Override
    public UUID id() {
        return id;
    }

    public CaseType caseType() {
        return caseType;
    }

    public String caseId() {
        return caseId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String round() {
        return round;
    }

    public String branch() {
        return branch;
    }

    public String customerName() {
        return customerName;
    }

    public String phone() {
        return phone;
    }

    public String partnerType() {
        return partnerType;
    }

    @Override
    public String correlationId() {
        return correlationId;
    }

    public RevisitStatus status() {
        return status;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Instant deadline() {
        return deadline;
    }

    public boolean isLate() {
        return late;
    }

    public String lateReason() {
        return lateReason;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public int attempts() {
        return attempts;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public DissatisfactionCause cause() {
        return cause;
    }

    public Boolean satisfied() {
        return satisfied;
    }

    public Integer reliability() {
        return reliability;
    }

    public Integer assurance() {
        return assurance;
    }

    public Integer tangibles() {
        return tangibles;
    }

    public Integer empathy() {
        return empathy;
    }

    public Integer responsiveness() {
        return responsiveness;
    }

    public String comments() {
        return comments;
    }

    public String suggestions() {
        return suggestions;
    }

    public String newServiceNeeds() {
        return newServiceNeeds;
    }

    public String businessLeads() {
        return businessLeads;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
