package com.careline.claims.intake;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The claimant's particulars, completing a claim opened from a shipment exception (or correcting them). */
public record RestateClaim(
        @NotBlank @Size(max = 100) String claimant,
        @Pattern(regexp = "\\+?[0-9][0-9 -]{4,19}", message = "must be 5 to 20 digits, spaces or -") String phone,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2)
        BigDecimal declaredValue,
        @NotNull Boolean insured,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2) BigDecimal insuredAmount,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2) BigDecimal freight,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2)
        BigDecimal amountClaimed,
        @Size(max = 3) String currency,
        @Size(max = 2000) String description) {
}
