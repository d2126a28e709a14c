package com.careline.revisit.call;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A supervisor's decision after the last failed call of a complaint's follow-up (003 (5)): RETRY with another
 * round of calls from {@code retryOn} (default: the next working day), or CLOSE_UNREACHABLE, which closes the
 * complaint without a satisfied call. Either way with the reason.
 */
public record DecideFollowUp(
        @NotNull @Schema(example = "RETRY") Decision decision,
        @Schema(example = "2026-12-07", description = "RETRY only: the day of the next call, a working day")
        LocalDate retryOn,
        @NotBlank @Size(max = 2000) @Schema(example = "客户出差，下周一再联系") String reason) {

    public enum Decision {
        RETRY,
        CLOSE_UNREACHABLE
    }
}
