package com.careline.reporting.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Claims opened in [from, to], per branch and per carrier or insurer the recovery was filed with; a complaint
 * compensation's claim superseded by a later decision on the complaint is not counted (its successor is).
 */
public record ClaimFigures(LocalDate from, LocalDate to, Line total, List<Line> byBranch, List<Line> byCounterparty) {

    /**
     * {@code rejected}: claims refused under an exclusion clause; {@code withdrawn}: withdrawn by the claimant;
     * {@code paidRatio}: paid / claimed, what the company pays of what customers ask; {@code recoveryRatio}:
     * recovered / paid, what carriers and insurers give back.
     */
    public record Line(String key, long claims, long rejected, long withdrawn, BigDecimal claimed, BigDecimal paid,
            BigDecimal recovered, double paidRatio, double recoveryRatio) {
    }
}
