package com.careline.claims.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.careline.platform.errors.InvalidRequest;

/**
 * What a claim pays: the amount claimed, capped by the insurance (insured amount less the deductible) or,
 * uninsured, by a multiple of the freight, and never more than the declared value. The calculation comes
 * with the result, so the offer can be explained to the claimant line by line.
 */
public record AssessmentRules(BigDecimal deductible, BigDecimal freightMultiple) {

    public enum Rule {
        INSURED,
        UNINSURED
    }

    public record Assessment(Rule rule, BigDecimal payable, List<String> calculation) {
    }

    public AssessmentRules {
        Objects.requireNonNull(deductible, "deductible");
        Objects.requireNonNull(freightMultiple, "freightMultiple");
        if (deductible.signum() < 0 || freightMultiple.signum() < 0) {
            throw new IllegalArgumentException("deductible and freight multiple must not be negative");
        }
    }

    /**
     * @param freight needed for an uninsured claim; ignored for an insured one
     * @throws InvalidRequest naming {@code freight} when an uninsured claim has none
     */
    public Assessment assess(BigDecimal amountClaimed, BigDecimal declaredValue, boolean insured,
            BigDecimal insuredAmount, BigDecimal freight) {
        List<String> steps = new ArrayList<>();
        BigDecimal cap;
        Rule rule;
        if (insured) {
            rule = Rule.INSURED;
            cap = insuredAmount.subtract(deductible).max(BigDecimal.ZERO);
            steps.add("insured: insured amount " + money(insuredAmount) + " - deductible " + money(deductible)
                    + " = " + money(cap));
        } else {
            if (freight == null) {
                throw new InvalidRequest("freight", "is needed to assess an uninsured claim");
            }
            rule = Rule.UNINSURED;
            cap = freight.multiply(freightMultiple);
            steps.add("uninsured: freight " + money(freight) + " x " + freightMultiple.stripTrailingZeros()
                    .toPlainString() + " = " + money(cap));
        }
        BigDecimal payable = amountClaimed.min(cap).min(declaredValue);
        steps.add("payable = min(claimed " + money(amountClaimed) + ", cap " + money(cap) + ", declared value "
                + money(declaredValue) + ") = " + money(payable));
        return new Assessment(rule, money(payable), List.copyOf(steps));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
