package com.careline.inquiry.customer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.careline.platform.ids.TimeOrderedIds;

/**
 * One phone of a customer: its normal form ({@code PhoneNumbers}), the keyed hash it is matched by
 * ({@code PhoneKeys}) and its last four digits. Unique: a phone belongs to one customer.
 */
@Entity
@Table(name = "customer_phone")
public class CustomerPhone {

    @Id
    private UUID id;
    /** Written by the database: the order rows were written in (the clock may stand still). */
    @Column(insertable = false, updatable = false)
    private Long seq;
    @Column(name = "customer_id")
    private UUID customerId;
    private String phone;
    @Column(name = "phone_key")
    private String phoneKey;
    private String tail;
    @Column(name = "added_at")
    private Instant addedAt;

    protected CustomerPhone() {
    }

    CustomerPhone(UUID customerId, Phones.Phone phone, Instant at) {
        this.id = TimeOrderedIds.next();
        this.customerId = customerId;
        this.phone = phone.normal();
        this.phoneKey = phone.key();
        this.tail = phone.tail();
        this.addedAt = at;
    }

    /** A merge: the phone now belongs to the survivor. */
    void moveTo(UUID survivor) {
        this.customerId = survivor;
    }

    public UUID customerId() {
        return customerId;
    }

    public String phone() {
        return phone;
    }

    public String phoneKey() {
        return phoneKey;
    }

    public String tail() {
        return tail;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
