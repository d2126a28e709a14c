package com.careline.claims.recovery;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import com.careline.platform.errors.Conflict;
import com.careline.platform.errors.InvalidRequest;

/** The recovery (追偿) headquarters files with the carrier or insurer, and what came back. */
@Embeddable
public class Recovery {

    @Enumerated(EnumType.STRING)
    @Column(name = "recovery_counterparty")
    private Counterparty counterparty;
    @Column(name = "recovery_counterparty_name")
    private String counterpartyName;
    @Column(name = "recovery_amount")
    private BigDecimal amount;
    @Column(name = "recovery_reference")
    private String reference;
    @Enumerated(EnumType.STRING)
    @Column(name = "recovery_status")
    private RecoveryStatus status;
    @Column(name = "recovery_amount_recovered")
    private BigDecimal amountRecovered;
    @Column(name = "recovery_filed_by")
    private String filedBy;
    @Column(name = "recovery_filed_at")
    private Instant filedAt;
    @Column(name = "recovery_settled_at")
    private Instant settledAt;

    protected Recovery() {
    }

    public static Recovery file(Counterparty counterparty, String counterpartyName, BigDecimal amount,
            String reference, String by, Instant at) {
        Recovery r = new Recovery();
        r.counterparty = counterparty;
        r.counterpartyName = counterpartyName;
        r.amount = amount;
        r.reference = reference;
        r.status = RecoveryStatus.FILED;
        r.filedBy = by;
        r.filedAt = at;
        return r;
    }

    /** The counterparty's answer; it never pays more than was filed. */
    public void settle(BigDecimal recovered, Instant at) {
        if (status != RecoveryStatus.FILED) {
            throw new Conflict("the recovery " + reference + " is already settled");
        }
        if (recovered.compareTo(amount) > 0) {
            throw new InvalidRequest("amountRecovered", "must not be more than the amount filed, " + amount);
        }
        amountRecovered = recovered;
        settledAt = at;
        status = RecoveryStatus.SETTLED;
    }

    public Counterparty counterparty() {
        return counterparty;
    }

    public String counterpartyName() {
        return counterpartyName;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String reference() {
        return reference;
    }

    public RecoveryStatus status() {
        return status;
    }

    public BigDecimal amountRecovered() {
        return amountRecovered;
    }

    public String filedBy() {
        return filedBy;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public Instant settledAt() {
        return settledAt;
    }
}
