package com.careline.inquiry.customer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.careline.platform.errors.Conflict;
import com.careline.platform.ids.TimeOrderedIds;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A customer's address as it is now; a removed one is kept (removedAt) so that its history reads whole. */
@Entity
@Table(name = "customer_address")
public class CustomerAddress {

    @Id
    private UUID id;
    /** Written by the database: the order rows were written in (the clock may stand still). */
    @Column(insertable = false, updatable = false)
    private Long seq;
    @Column(name = "customer_id")
    private UUID customerId;
    @JdbcTypeCode(SqlTypes.JSON)
    private Address details;
    @Column(name = "added_at")
    private Instant addedAt;
    @Column(name = "removed_at")
    private Instant removedAt;
    @Version
    private long version;

    protected CustomerAddress() {
    }

    CustomerAddress(UUID customerId, Address details, Instant at) {
        this.id = TimeOrderedIds.next();
        this.customerId = customerId;
        this.details = details;
        this.addedAt = at;
    }

    void change(Address details) {
        requireCurrent();
        this.details = details;
    }

    void remove(Instant at) {
        requireCurrent();
        this.removedAt = at;
    }

    void moveTo(UUID survivor) {
        this.customerId = survivor;
    }

    private void requireCurrent() {
        if (removedAt != null) {
            throw new Conflict("address " + id + " was removed at " + removedAt);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public Address details() {
        return details;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public Instant removedAt() {
        return removedAt;
    }
}
