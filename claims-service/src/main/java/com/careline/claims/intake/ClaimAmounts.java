package com.careline.claims.intake;

import java.math.BigDecimal;

import com.careline.platform.errors.InvalidRequest;

/** The rules between a claim's amounts that no single field can check. */
public record ClaimAmounts(String currency) {

    /** The currency to record; throws naming the field that breaks a rule. */
    public String check(String currency, BigDecimal declaredValue, boolean insured, BigDecimal insuredAmount,
            BigDecimal amountClaimed) {
        if (currency != null && !currency.isBlank() && !this.currency.equals(currency.strip())) {
            throw new InvalidRequest("currency", "must be " + this.currency);
        }
        if (amountClaimed.compareTo(declaredValue) > 0) {
            throw new InvalidRequest("amountClaimed", "must not be more than the declared value, " + declaredValue);
        }
        if (insured && insuredAmount == null) {
            throw new InvalidRequest("insuredAmount", "is required when the shipment was insured");
        }
        if (!insured && insuredAmount != null) {
            throw new InvalidRequest("insuredAmount", "must be absent when the shipment was not insured");
        }
        // 保价: one cannot insure goods above what they were declared to be worth
        if (insured && insuredAmount.compareTo(declaredValue) > 0) {
            throw new InvalidRequest("insuredAmount", "must not be more than the declared value, " + declaredValue);
        }
        return this.currency;
    }
}
