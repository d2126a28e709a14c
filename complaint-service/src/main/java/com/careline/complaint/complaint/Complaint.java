package com.careline.complaint.complaint;

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

import com.careline.complaint.compensation.Compensation;
import com.careline.complaint.compensation.CompensationStatus;
import com.careline.complaint.complaint.ComplaintStatus.Step;
import com.careline.platform.errors.Conflict;
import com.careline.platform.ids.TimeOrderedIds;
import com.careline.platform.timeline.JournaledCase;

/**
 * A customer's complaint. Plain entity: every state change goes through a method that checks the
 * status first, so an illegal step is a 409 and never a half-changed case.
 */
@Entity
public class Complaint implements JournaledCase {

    @Id
    private UUID id;
    private String number;
    private String branch;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private Category category;
    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;
    @Column(name = "customer_name")
    private String customerName;
    @Column(name = "customer_number")
    private String customerNumber;
    private String phone;
    private String contact;
    @Column(name = "waybill_no")
    private String waybillNo;
    private String content;
    @Column(name = "claimed_compensation")
    private BigDecimal claimedCompensation;
    @Column(name = "estimated_loss")
    private BigDecimal estimatedLoss;
    private boolean major;
    /** Comma-separated reason names, in the order triage gave them. */
    @Column(name = "major_reasons")
    private String majorReasons;
    private String owner;
    @Enumerated(EnumType.STRING)
    private Department department;
    @Column(name = "department_branch")
    private String departmentBranch;
    private String resolution;
    @Column(name = "correlation_id")
    private String correlationId;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "major_received_at")
    private Instant majorReceivedAt;
    @Column(name = "transferred_at")
    private Instant transferredAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    /** Closed without a satisfied call: the supervisor's reason why the customer cannot be reached (003 (5)). */
    @Column(name = "unreachable_reason")
    private String unreachableReason;
    @Embedded
    private Compensation compensation;
    @Version
    private long version;

    protected Complaint() {
    }

    /** The form as received (000). */
    public record Form(Channel channel, Category category, String customerName, String customerNumber,
            String phone, String contact, String waybillNo, String content, BigDecimal claimedCompensation,
            BigDecimal estimatedLoss) {
    }

    /**
     * Registers the form; whoever receives it owns it until it is formally handed over (首问负责制).
     * The correlation id is the waybill or inquiry it came from, else the complaint itself.
     */
    public static Complaint register(String number, String branch, String owner, Form form, List<String> majorReasons,
            String correlationId, Instant receivedAt) {
        Complaint c = new Complaint();
        c.id = TimeOrderedIds.next();
        c.number = number;
        c.branch = branch;
        c.owner = owner;
        c.channel = form.channel();
        c.category = form.category();
        c.customerName = form.customerName();
        c.customerNumber = form.customerNumber();
        c.phone = form.phone();
        c.contact = form.contact();
        c.waybillNo = form.waybillNo();
        c.content = form.content();
        c.claimedCompensation = form.claimedCompensation();
        c.estimatedLoss = form.estimatedLoss();
        c.major = !majorReasons.isEmpty();
        c.majorReasons = String.join(",", majorReasons);
        c.status = ComplaintStatus.REGISTERED;
        c.correlationId = correlationId != null ? correlationId
                : form.waybillNo() != null ? form.waybillNo() : c.id.toString();
        c.receivedAt = receivedAt;
        return c;
    }

    /** The first response, once; a transferred complaint stays with its department. */
    public void acknowledge(Instant at) {
        status.require(Step.ACKNOWLEDGE);
        if (acknowledgedAt != null) {
            throw new Conflict("the first response to complaint " + number + " was recorded at " + acknowledgedAt);
        }
        if (status == ComplaintStatus.REGISTERED) {
            status = ComplaintStatus.ACKNOWLEDGED;
        }
        acknowledgedAt = at;
    }

    /** 003: found major after intake, for {@code reasons}. */
    public void markMajor(List<String> reasons) {
        status.require(Step.MARK_MAJOR);
        if (major) {
            throw new Conflict("complaint " + number + " is major already (" + majorReasons + ")");
        }
        major = true;
        majorReasons = String.join(",", reasons);
    }

    /** 003: the head clerk takes a major complaint, once. */
    public void takeMajor(Instant at) {
        if (!major) {
            throw new Conflict("complaint " + number + " is not a major complaint");
        }
        if (majorReceivedAt != null) {
            throw new Conflict("the head clerk already took major complaint " + number + " at " + majorReceivedAt);
        }
        majorReceivedAt = at;
    }

    /** To another department, or again to the one it is with after a reopen; not twice in a row to the same. */
    public void transfer(Department to, String toBranch, Instant at) {
        status.require(Step.TRANSFER);
        if (status == ComplaintStatus.TRANSFERRED && to == department && Objects.equals(toBranch, departmentBranch)) {
            throw new Conflict("complaint " + number + " is already with " + (toBranch == null ? to : "branch " + toBranch));
        }
        status = ComplaintStatus.TRANSFERRED;
        department = to;
        departmentBranch = toBranch;
        transferredAt = at;
    }

    public void requireProgressReportable() {
        status.require(Step.REPORT_PROGRESS);
    }

    public void resolve(String resolution, Instant at) {
        status.require(Step.RESOLVE);
        if (compensation != null && compensation.status() == CompensationStatus.PENDING_APPROVAL) {
            // 003 line 63: the compensation is carried out only once signed off
            throw new Conflict("complaint " + number + " has a compensation offer of " + compensation.amount()
                    + " yuan waiting for sign-off; approve or reject it before resolving");
        }
        status = ComplaintStatus.RESOLVED;
        this.resolution = resolution;
        resolvedAt = at;
        if (acknowledgedAt == null) {
            acknowledgedAt = at; // handled at once: the resolution is the first response
        }
    }

    public void close(Instant at) {
        status.require(Step.CLOSE);
        status = ComplaintStatus.CLOSED;
        closedAt = at;
    }

    /** The one close without a satisfied call: a supervisor decided the customer cannot be reached (003 (5)). */
    public void closeUnreachable(Instant at, String reason) {
        close(at);
        unreachableReason = reason;
    }

    public void reopen() {
        status.require(Step.REOPEN);
        status = ComplaintStatus.REOPENED;
        resolvedAt = null;
        closedAt = null;
        unreachableReason = null;
    }

    /** Hands the case over; returns the previous owner. */
    public String changeOwner(String to) {
        status.require(Step.CHANGE_OWNER);
        if (to.equals(owner)) {
            throw new Conflict("complaint " + number + " is already owned by " + owner);
        }
        String from = owner;
        owner = to;
        return from;
    }

    public void offer(Compensation offer) {
        status.require(Step.COMPENSATE);
        compensation = offer;
    }

    @Override
    public UUID id() {
        return id;
    }

    public Instant majorReceivedAt() {
        return majorReceivedAt;
    }

    public String number() {
        return number;
    }

    public String branch() {
        return branch;
    }

    public Channel channel() {
        return channel;
    }

    public Category category() {
        return category;
    }

    public ComplaintStatus status() {
        return status;
    }

    public String customerName() {
        return customerName;
    }

    public String customerNumber() {
        return customerNumber;
    }

    public String phone() {
        return phone;
    }

    public String contact() {
        return contact;
    }

    public String waybillNo() {
        return waybillNo;
    }

    public String content() {
        return content;
    }

    public BigDecimal claimedCompensation() {
        return claimedCompensation;
    }

    public BigDecimal estimatedLoss() {
        return estimatedLoss;
    }

    public boolean isMajor() {
        return major;
    }

    public List<String> majorReasons() {
        return majorReasons.isEmpty() ? List.of() : Arrays.asList(majorReasons.split(","));
    }

    public String owner() {
        return owner;
    }

    public Department department() {
        return department;
    }

    public String departmentBranch() {
        return departmentBranch;
    }

    public String resolution() {
        return resolution;
    }

    @Override
    public String correlationId() {
        return correlationId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant transferredAt() {
        return transferredAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String unreachableReason() {
        return unreachableReason;
    }

    public Compensation compensation() {
        return compensation;
    }

    public long version() {
        return version;
    }
}
