package com.careline.claims.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.careline.claims.claim.Claim;
import com.careline.claims.claim.ClaimStage;
import com.careline.claims.claim.ClaimStatus;
import com.careline.claims.claim.ClaimType;

/** A line of the claim list: what a desk scans, no clocks or documents (one query per page). */
public record ClaimSummary(UUID id, String number, String branch, ClaimStage stage, ClaimStatus status,
        ClaimType type, String waybillNo, String claimant, BigDecimal amountClaimed, BigDecimal payable,
        String currency, Instant openedAt) {

    public static ClaimSummary from(Claim c) {
        return new ClaimSummary(c.id(), c.number(), c.branch(), c.stage(), c.status(), c.type(), c.waybillNo(),
                c.claimant(), c.amountClaimed(), c.payable(), c.currency(), c.openedAt());
    }
}
