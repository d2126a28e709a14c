package com.careline.inquiry.customer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import com.careline.platform.errors.Conflict;
import com.careline.platform.ids.TimeOrderedIds;
import com.careline.platform.timeline.JournaledCase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A customer (001 客户信息采集): number, name, branch, monthly-account flag and profile; phones and addresses
 * are rows of their own ({@link CustomerPhone}, {@link CustomerAddress}). Journaled like a case: its id names its
 * timeline and is its events' subject, its number their correlation id.
 */
@Entity
public class Customer implements JournaledCase {

    public enum Status {
        ACTIVE,
        /** Merged into another customer ({@code mergedInto}), which took its phones and addresses. */
        MERGED
    }

    @Id
    private UUID id;
    private String number;
    private String name;
    private String branch;
    @Column(name = "monthly_account")
    private boolean monthlyAccount;
    @JdbcTypeCode(SqlTypes.JSON)
    private Profile profile;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "merged_into")
    private UUID mergedInto;
    @Column(name = "merged_at")
    private Instant mergedAt;
    @Column(name = "merge_reason")
    private String mergeReason;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Customer() {
    }

    public static Customer register(String number, String name, String branch, boolean monthlyAccount,
            Profile profile, String by, Instant at) {
        Customer c = new Customer();
        c.id = TimeOrderedIds.next();
        c.number = number;
        c.name = name;
        c.branch = branch;
        c.monthlyAccount = monthlyAccount;
        c.profile = profile;
        c.status = Status.ACTIVE;
        c.createdBy = by;
        c.createdAt = at;
        c.updatedAt = at;
        return c;
    }

    public void changeDetails(String name, boolean monthlyAccount, Instant at) {
        requireActive();
        this.name = name;
        this.monthlyAccount = monthlyAccount;
        this.updatedAt = at;
    }

    public void changeProfile(Profile profile, Instant at) {
        requireActive();
        this.profile = profile;
        this.updatedAt = at;
    }

    /** Something of the record that lives in other rows (a phone, an address) changed. */
    public void touched(Instant at) {
        requireActive();
        this.updatedAt = at;
    }

    /** This duplicate is merged into {@code survivor}: it keeps its number, which now leads to the survivor. */
    public void mergeInto(Customer survivor, String reason, Instant at) {
        requireActive();
        survivor.requireActive();
        if (survivor.id.equals(id)) {
            throw new Conflict("customer " + number + " cannot be merged into itself");
        }
        mergedInto = survivor.id;
        mergedAt = at;
        mergeReason = reason;
        status = Status.MERGED;
        updatedAt = at;
    }

    /** The survivor this one was merged into is merged itself, into {@code survivor}: follow it there. */
    void redirectTo(Customer survivor) {
        if (status != Status.MERGED) {
            throw new IllegalStateException("customer " + number + " is not merged");
        }
        mergedInto = survivor.id;
    }

    public void requireActive() {
        if (status != Status.ACTIVE) {
            throw new Conflict("customer " + number + " was merged into another customer: change that one");
        }
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public String correlationId() {
        return number;
    }

    public String number() {
        return number;
    }

    public String name() {
        return name;
    }

    public String branch() {
        return branch;
    }

    public boolean monthlyAccount() {
        return monthlyAccount;
    }

    public Profile profile() {
        return profile;
    }

    public Status status() {
        return status;
    }

    public UUID mergedInto() {
        return mergedInto;
    }

    public Instant mergedAt() {
        return mergedAt;
    }

    public String mergeReason() {
        return mergeReason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
