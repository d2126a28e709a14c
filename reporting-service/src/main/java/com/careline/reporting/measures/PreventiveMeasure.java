package com.careline.reporting.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.careline.platform.errors.Conflict;
import com.careline.platform.ids.TimeOrderedIds;

/** 003: a preventive measure against a frequent cause, proposed by customer service, approved by the GM. */
@Entity
@Table(name = "preventive_measure")
public class PreventiveMeasure {

    public enum Status {
        PROPOSED, APPROVED, REJECTED, IN_PROGRESS, DONE
    }

    @Id
    private UUID id;
    private LocalDate month;
    private String cause;
    private String measure;
    private String owner;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    private String note;
    @Version
    private long version;

    protected PreventiveMeasure() {
    }

    static PreventiveMeasure propose(LocalDate month, String cause, String measure, String owner, LocalDate dueDate,
            String by) {
        PreventiveMeasure m = new PreventiveMeasure();
        m.id = TimeOrderedIds.next();
        m.month = month;
        m.cause = cause;
        m.measure = measure;
        m.owner = owner;
        m.dueDate = dueDate;
        m.status = Status.PROPOSED;
        m.proposedBy = by;
        return m;
    }

    void revise(String measure, String owner, LocalDate dueDate) {
        require(Status.PROPOSED, "revised");
        this.measure = measure;
        this.owner = owner;
        this.dueDate = dueDate;
    }

    void decide(boolean approved, String by, Instant at, String note) {
        require(Status.PROPOSED, approved ? "approved" : "rejected");
        this.status = approved ? Status.APPROVED : Status.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.note = note;
    }

    /** An approved measure is carried out: IN_PROGRESS, then DONE. */
    void progress(Status to) {
        boolean allowed = (status == Status.APPROVED && (to == Status.IN_PROGRESS || to == Status.DONE))
                || (status == Status.IN_PROGRESS && to == Status.DONE);
        if (!allowed) {
            throw new Conflict("a " + status + " measure cannot become " + to);
        }
        status = to;
    }

    void requireDeletable() {
        require(Status.PROPOSED, "deleted");
    }

    private void require(Status expected, String what) {
        if (status != expected) {
            throw new Conflict("a " + status + " measure cannot be " + what);
        }
    }

    public UUID id() {
        return id;
    }

    public LocalDate month() {
        return month;
    }

    public String cause() {
        return cause;
    }

    public String measure() {
        return measure;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Status status() {
        return status;
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

    public long version() {
        return version;
    }
}
