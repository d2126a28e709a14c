package com.careline.claims.intake;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.careline.claims.claim.ClaimType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claim as the claimant states it; amounts in the configured currency (CNY), two decimals at most. */
public record OpenClaim(
        @NotNull ClaimType type,
        @NotBlank @Size(max = 40) @Schema(example = "SF1234567890") String waybillNo,
        @NotBlank @Size(max = 100) @Schema(example = "深圳市某某电子有限公司") String claimant,
        @Pattern(regexp = "\\+?[0-9][0-9 -]{4,19}", message = "must be 5 to 20 digits, spaces or -")
        @Schema(example = "13800000001") String phone,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2)
        @Schema(example = "5000.00") BigDecimal declaredValue,
        /** 保价: whether the shipment was insured. */
        @NotNull Boolean insured,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2)
        @Schema(example = "3000.00") BigDecimal insuredAmount,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2)
        @Schema(example = "20.00") BigDecimal freight,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2)
        @Schema(example = "4000.00") BigDecimal amountClaimed,
        /** Only the configured currency is accepted; absent means that one. */
        @Size(max = 3) @Schema(example = "CNY") String currency,
        @Size(max = 2000) String description,
        /** The complaint or shipment exception the claim comes from. */
        @Size(max = 100) String correlationId,
        @Schema(description = "the day the waybill was picked up (收寄), when known: more than a year ago is refused"
                + " (001 处理有效期)", example = "2026-11-28") LocalDate pickedUpOn) {
}
