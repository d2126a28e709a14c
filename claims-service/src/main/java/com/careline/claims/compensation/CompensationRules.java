package com.careline.claims.compensation;

import java.math.BigDecimal;
import java.util.Optional;

import com.careline.claims.claim.Claim;
import com.careline.claims.claim.ClaimOrigin;
import com.careline.claims.claim.ClaimType;
import com.careline.platform.errors.Conflict;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.complaint.ComplaintEvents.CompensationDecided;
import com.careline.platform.events.complaint.ComplaintEvents;

/**
 * Which complaint decisions are paid as claims, and what such a claim may no longer do. 003: compensation is
 * carried out only as agreed or signed off on the complaint; 001: paid within 7 days, by one process.
 */
public final class CompensationRules {

    private CompensationRules() {
    }

    /** Whether {@code eventType} is one this service may pay: agreed or approved (a rejection pays nothing). */
    public static boolean mayPay(String eventType) {
        return ComplaintEvents.COMPENSATION_AGREED.equals(eventType)
                || ComplaintEvents.COMPENSATION_APPROVED.equals(eventType);
    }

    /**
     * How the complaint side authorised the amount of {@code d}, published as {@code eventType}; empty when it is
     * not to be paid (rejected, or not a decision). Throws {@link EventCodec.MalformedEvent} (the record is
     * parked) when a decision to pay says nothing of what to pay, or contradicts its own type.
     */
    public static Optional<CompensationSource.Decision> decision(String eventType, CompensationDecided d) {
        if (!mayPay(eventType)) {
            return Optional.empty();
        }
        if (!d.approved()) {
            throw new EventCodec.MalformedEvent(eventType + " of complaint " + d.number() + " is not approved");
        }
        var decision = ComplaintEvents.COMPENSATION_AGREED.equals(eventType) ? CompensationSource.Decision.AGREED
                : CompensationSource.Decision.APPROVED;
        // older records have no decision field; a present one must agree with the type
        if (d.decision() != null && !d.decision().equals(decision.name())) {
            throw new EventCodec.MalformedEvent(eventType + " of complaint " + d.number() + " says " + d.decision());
        }
        if (d.complaintId() == null || d.at() == null || d.branch() == null || d.branch().isBlank()) {
            throw new EventCodec.MalformedEvent(eventType + " has no complaint, branch or time");
        }
        if (d.amount() == null || !isPayable(d.amount())) {
            throw new EventCodec.MalformedEvent(eventType + " of complaint " + d.number() + " pays " + d.amount());
        }
        return Optional.of(decision);
    }

    /** The claim type of a complaint of {@code category}: the shipment's fault, else a service failure. */
    public static ClaimType typeOf(String category) {
        if (category != null) {
            for (ClaimType type : ClaimType.values()) {
                if (type.isOpenedAtDesk() && type.name().equals(category)) {
                    return type;
                }
            }
        }
        return ClaimType.SERVICE;
    }

    /** A compensation claim's amount was authorised on the complaint (003): assessing it again would overrule that. */
    public static void requireAssessable(Claim c) {
        if (c.origin() == ClaimOrigin.COMPLAINT_COMPENSATION) {
            throw new Conflict("claim " + c.number() + " pays the compensation of " + c.payable() + " " + c.currency()
                    + " authorised on complaint " + c.compensation().complaintNumber()
                    + "; it is not assessed again: change the offer on the complaint");
        }
    }

    /** Whether {@code amount} may be paid in a currency whose amounts have two decimals at most. */
    static boolean isPayable(BigDecimal amount) {
        return amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2;
    }
}
