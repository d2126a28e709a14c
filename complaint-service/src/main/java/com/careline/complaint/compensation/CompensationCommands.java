package com.careline.complaint.compensation;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CompensationCommands {

    private CompensationCommands() {
    }

    /** Yuan, at most 10 million: anything larger is a typing error, not an offer. */
    public record ProposeCompensation(
            @NotNull @DecimalMin(value = "0.01") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2)
            @Schema(example = "800.00") BigDecimal amount,
            @NotBlank @Size(max = 2000) @Schema(example = "货物破损，按申报价值赔偿") String justification) {
    }

    public record DecideCompensation(@Size(max = 2000) String note) {
    }

    public record RejectCompensation(@NotBlank @Size(max = 2000) String reason) {
    }
}
