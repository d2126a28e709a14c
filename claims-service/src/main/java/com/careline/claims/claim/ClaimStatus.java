package com.careline.claims.claim;

import java.util.EnumSet;
import java.util.Set;

import com.careline.platform.errors.Conflict;

/** Where the settlement with the claimant stands; the stage (who owns it) is separate. */
public enum ClaimStatus {
    OPEN,
    ASSESSED,
    APPROVED,
    AGREED,
    DISPUTED,
    PAID,
    /** Refused under an exclusion clause (免责条款), with the reason: ends it without payment. */
    REJECTED,
    /** Withdrawn by the claimant: ends it without payment. */
    WITHDRAWN,
    /** A complaint compensation replaced by a later decision on the complaint before it was paid. */
    SUPERSEDED;

    /** The steps of a claim and the statuses each may start from. */
    public enum Step {
        /** A disputed offer is assessed again (004: negotiate). */
        ASSESS(EnumSet.of(OPEN, ASSESSED, DISPUTED)),
        APPROVE(EnumSet.of(ASSESSED)),
        ANSWER(EnumSet.of(APPROVED)),
        PAY(EnumSet.of(AGREED)),
        REJECT(EnumSet.of(OPEN, ASSESSED, DISPUTED)),
        WITHDRAW(EnumSet.of(OPEN, ASSESSED, APPROVED, DISPUTED)),
        /** Any unpaid compensation claim: the complaint's later decision replaces it. */
        SUPERSEDE(EnumSet.of(OPEN, ASSESSED, APPROVED, AGREED, DISPUTED));

        private final Set<ClaimStatus> from;

        Step(Set<ClaimStatus> from) {
            this.from = from;
        }

        public boolean isAllowedFrom(ClaimStatus status) {
            return from.contains(status);
        }
    }

    public void require(Step step) {
        if (!step.isAllowedFrom(this)) {
            throw new Conflict("a claim that is " + this + " cannot be " + switch (step) {
                case ASSESS -> "assessed";
                case APPROVE -> "approved";
                case ANSWER -> "answered by the claimant";
                case PAY -> "paid";
                case REJECT -> "rejected";
                case WITHDRAW -> "withdrawn";
                case SUPERSEDE -> "superseded";
            });
        }
    }
}
