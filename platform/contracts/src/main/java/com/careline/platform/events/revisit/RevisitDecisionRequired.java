package com.careline.platform.events.revisit;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code revisit.decision-required}: the last allowed call did not reach the customer, and a supervisor
 * decides by {@code dueAt} whether to try again later or to close the case as unreachable (003 (5)).
 */
public record RevisitDecisionRequired(
        UUID revisitId,
        String caseType,
        String caseId,
        String branch,
        int attempts,
        Instant dueAt,
        Instant at) {
}
