package com.careline.claims.assessment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Who may approve how much: the caller's highest limit among their roles. */
public record ApprovalLimits(Map<String, BigDecimal> limits) {

    public ApprovalLimits {
        limits.forEach((role, limit) -> {
            if (limit.signum() < 0) {
                throw new IllegalArgumentException("careline.claims.approval.limits." + role + " is negative");
            }
        });
        limits = Map.copyOf(limits);
    }

    /** The role with the highest limit among {@code roles}, if any has one. */
    public Optional<Map.Entry<String, BigDecimal>> highest(Set<String> roles) {
        return limits.entrySet().stream().filter(e -> roles.contains(e.getKey()))
                .max(Map.Entry.comparingByValue());
    }

    /** Whether someone with {@code roles} may approve {@code amount}; equal to the limit is within it. */
    public boolean mayApprove(Set<String> roles, BigDecimal amount) {
        return highest(roles).map(e -> amount.compareTo(e.getValue()) <= 0).orElse(false);
    }
}
