package com.careline.inquiry.customer;

import java.time.Instant;
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

/** The branch settles a monthly-account customer's fees now, because their address changed (001). */
@Entity
@Table(name = "settlement_task")
public class SettlementTask {

    public enum Status {
        OPEN, DONE
    }

    @Id
    private UUID id;
    @Column(name = "customer_id")
    private UUID customerId;
    @Column(name = "customer_number")
    private String customerNumber;
    private String branch;
    private String reason;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "done_by")
    private String doneBy;
    @Column(name = "done_at")
    private Instant doneAt;
    private String note;
    @Version
    private long version;

    protected SettlementTask() {
    }

    static SettlementTask open(Customer customer, String reason, Instant dueAt, String by, Instant at) {
        SettlementTask t = new SettlementTask();
        t.id = TimeOrderedIds.next();
        t.customerId = customer.id();
        t.customerNumber = customer.number();
        t.branch = customer.branch();
        t.reason = reason;
        t.status = Status.OPEN;
        t.dueAt = dueAt;
        t.createdBy = by;
        t.createdAt = at;
        return t;
    }

    void done(String by, Instant at, String note) {
        if (status != Status.OPEN) {
            throw new Conflict("settlement task " + id + " was done by " + doneBy + " at " + doneAt);
        }
        status = Status.DONE;
        doneBy = by;
        doneAt = at;
        this.note = note;
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public String customerNumber() {
        return customerNumber;
    }

    public String branch() {
        return branch;
    }

    public String reason() {
        return reason;
    }

    public Status status() {
        return status;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String doneBy() {
        return doneBy;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public String note() {
        return note;
    }
}
