package com.careline.platform.events.revisit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code revisit.attempted}: call number {@code attempt} of a revisit. {@code outcome} is
 * {@code REACHED} or {@code NOT_REACHED}; {@code nextDueOn} is the retry day, null when no retry follows.
 */
public record RevisitAttempted(
        UUID revisitId,
        String caseType,
        String caseId,
        String branch,
        int attempt,
        String outcome,
        LocalDate nextDueOn,
        String by,
        Instant at) {
}
