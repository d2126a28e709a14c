package com.careline.complaint.compensation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.careline.platform.ids.TimeOrderedIds;

/**
 * 003 (授权): someone the division manager lets sign compensation off up to an amount. Revoked, never
 * changed: a new amount is a new authorisation, so the rows say who could sign what, and when.
 */
@Entity
@Table(name = "compensation_authorisation")
public class Authorisation {

    @Id
    private UUID id;
    private String delegate;
    @Column(name = "up_to")
    private BigDecimal upTo;
    private String reason;
    @Column(name = "granted_by")
    private String grantedBy;
    @Column(name = "granted_at")
    private Instant grantedAt;
    @Column(name = "revoked_by")
    private String revokedBy;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Authorisation() {
    }

    static Authorisation grant(String delegate, BigDecimal upTo, String reason, String by, Instant at) {
        Authorisation a = new Authorisation();
        a.id = TimeOrderedIds.next();
        a.delegate = delegate;
        a.upTo = upTo;
        a.reason = reason;
        a.grantedBy = by;
        a.grantedAt = at;
        return a;
    }

    void revoke(String by, Instant at) {
        revokedBy = by;
        revokedAt = at;
    }

    /** Whether this authorisation, an active one ({@link Authorisations#activeOf}), reaches {@code amount}. */
    boolean covers(BigDecimal amount) {
        return amount.compareTo(upTo) <= 0;
    }

    public record View(String delegate, BigDecimal upTo, String reason, String grantedBy, Instant grantedAt) {
    }

    View view() {
        return new View(delegate, upTo, reason, grantedBy, grantedAt);
    }

    BigDecimal upTo() {
        return upTo;
    }

    String grantedBy() {
        return grantedBy;
    }
}
