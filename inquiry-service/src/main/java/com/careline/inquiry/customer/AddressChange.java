package com.careline.inquiry.customer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.careline.platform.ids.TimeOrderedIds;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of an address (001 客户名址变更): who, when, what it was and what it became. */
@Entity
@Table(name = "customer_address_change")
public class AddressChange {

    /** What happened to the address: the values of {@code CustomerEvents.AddressChanged}'s change. */
    public enum Kind {
        ADDED, CHANGED, REMOVED
    }

    @Id
    private UUID id;
    /** Written by the database: the order rows were written in (the clock may stand still). */
    @Column(insertable = false, updatable = false)
    private Long seq;
    @Column(name = "customer_id")
    private UUID customerId;
    @Column(name = "address_id")
    private UUID addressId;
    @Enumerated(EnumType.STRING)
    private Kind change;
    @JdbcTypeCode(SqlTypes.JSON)
    private Address before;
    @JdbcTypeCode(SqlTypes.JSON)
    private Address after;
    private String note;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected AddressChange() {
    }

    AddressChange(UUID customerId, UUID addressId, Kind change, Address before, Address after, String note,
            String by, Instant at) {
        this.id = TimeOrderedIds.next();
        this.customerId = customerId;
        this.addressId = addressId;
        this.change = change;
        this.before = before;
        this.after = after;
        this.note = note;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** A merge: the survivor's history holds the duplicate's. */
    void moveTo(UUID survivor) {
        this.customerId = survivor;
    }

    public UUID id() {
        return id;
    }

    public UUID addressId() {
        return addressId;
    }

    public Kind change() {
        return change;
    }

    public Address before() {
        return before;
    }

    public Address after() {
        return after;
    }

    public String note() {
        return note;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
