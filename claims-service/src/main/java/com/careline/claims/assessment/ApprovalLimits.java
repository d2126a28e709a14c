package com.careline.claims.assessment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may approve how much: the caller's highest limit among their roles, and one role, the top of the
 * ladder, that approves any amount, so that no claim is left without an approver.
 */
public record ApprovalLimits(Map<String, BigDecimal> limits, String unlimited) {

    /** The role an approval is given in; {@code limit} null: any amount. */
    public record Approver(String role, BigDecimal limit) {

        public boolean mayApprove(BigDecimal amount) {
            return limit == null || amount.compareTo(limit) <= 0; // equal to the limit is within it
        }
    }

    public ApprovalLimits {
        limits.forEach((role, limit) -> {
            if (limit.signum() < 0) {
                throw new IllegalArgumentException("careline.claims.approval.limits." + role + " is negative");
            }
        });
        limits = Map.copyOf(limits);
    }

    /** The unlimited role if {@code roles} has it, else the role with the highest limit among them, if any. */
    public Optional<Approver> highest(Set<String> roles) {
        if (roles.contains(unlimited)) {
            return Optional.of(new Approver(unlimited, null));
        }
        return limits.entrySet().stream().filter(e -> roles.contains(e.getKey()))
                .max(Map.Entry.comparingByValue()).map(e -> new Approver(e.getKey(), e.getValue()));
    }

    /** Whether someone with {@code roles} may approve {@code amount}. */
    public boolean mayApprove(Set<String> roles, BigDecimal amount) {
        return highest(roles).map(a -> a.mayApprove(amount)).orElse(false);
    }
}
