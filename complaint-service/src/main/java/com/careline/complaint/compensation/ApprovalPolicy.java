package com.careline.complaint.compensation;

import java.math.BigDecimal;

/** 003: compensation above the threshold needs the division manager's sign-off before it is carried out. */
public record ApprovalPolicy(BigDecimal threshold) {

    public boolean needsApproval(BigDecimal amount) {
        return amount.compareTo(threshold) > 0;
    }
}
