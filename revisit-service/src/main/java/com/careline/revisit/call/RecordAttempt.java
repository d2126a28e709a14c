package com.careline.revisit.call;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.careline.platform.errors.InvalidRequest;
import com.careline.revisit.revisit.AttemptOutcome;
import com.careline.revisit.revisit.DissatisfactionCause;
import com.careline.revisit.revisit.Survey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One call: NOT_REACHED (with an optional note), or REACHED with the five RATER scores (000, 1–5 each), the
 * overall verdict and what 003 asks a call to collect.
 */
public record RecordAttempt(
        @NotNull @Schema(example = "REACHED") AttemptOutcome outcome,
        @Size(max = 500) String note,
        @Min(1) @Max(5) Integer reliability,
        @Min(1) @Max(5) Integer assurance,
        @Min(1) @Max(5) Integer tangibles,
        @Min(1) @Max(5) Integer empathy,
        @Min(1) @Max(5) Integer responsiveness,
        Boolean satisfied,
        @Schema(description = "why the customer is not satisfied: COMPANY sends an inquiry's work order back (002); "
                + "required on an inquiry's survey when not satisfied") DissatisfactionCause cause,
        @Size(max = 2000) @Schema(example = "处理及时，态度很好") String comments,
        @Size(max = 2000) String suggestions,
        @Size(max = 2000) String newServiceNeeds,
        @Size(max = 2000) String businessLeads,
        @Size(max = 2000) @Schema(description = "a supervisor's reason for a REACHED call before the window opens")
        String earlyReason) {

    /** The survey of a REACHED call; every score and the verdict are required. */
    Survey survey() {
        require(reliability, "reliability");
        require(assurance, "assurance");
        require(tangibles, "tangibles");
        require(empathy, "empathy");
        require(responsiveness, "responsiveness");
        require(satisfied, "satisfied");
        if (satisfied && cause != null) {
            throw new InvalidRequest("cause", "is recorded only when the customer is not satisfied");
        }
        return new Survey(reliability, assurance, tangibles, empathy, responsiveness, satisfied, comments,
                suggestions, newServiceNeeds, businessLeads, cause);
    }

    /** A call that reached nobody carries no survey. */
    void requireNoSurvey() {
        if (reliability != null || assurance != null || tangibles != null || empathy != null
                || responsiveness != null || satisfied != null || cause != null) {
            throw new InvalidRequest("outcome",
                    "scores, satisfied and cause are recorded only when the customer was REACHED");
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidRequest(field, "is required when the customer was REACHED");
        }
    }
}
