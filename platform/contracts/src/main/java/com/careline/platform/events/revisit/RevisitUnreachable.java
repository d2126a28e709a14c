package com.careline.platform.events.revisit;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code revisit.unreachable}: the customer could not be reached and the calls stop. For a case whose
 * follow-up ends in a supervisor's decision (a complaint, 003) it is that decision, with its {@code reason} and
 * {@code decidedBy}, and complaint-service closes the complaint as unreachable; otherwise the last allowed
 * attempt failed, both are null, and the case keeps its status.
 */
public record RevisitUnreachable(
        UUID revisitId,
        String caseType,
        String caseId,
        String branch,
        int attempts,
        Instant at,
        String reason,
        String decidedBy) {
}
