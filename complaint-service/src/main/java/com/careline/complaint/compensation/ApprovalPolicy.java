package com.careline.complaint.compensation;

import java.math.BigDecimal;

/**
 * 003 line 63: compensation on a major complaint needs the division manager's sign-off whatever the amount
 * (特别是涉及到补偿、赔偿方面的处理,均需要分管经理签字确认); on another, above the threshold.
 */
public record ApprovalPolicy(BigDecimal threshold) {

    public boolean needsApproval(BigDecimal amount, boolean major) {
        return major || amount.compareTo(threshold) > 0;
    }
}
