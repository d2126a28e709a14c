package com.careline.platform.events.revisit;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code revisit.unreachable}: every allowed attempt failed; the case keeps its status. */
public record RevisitUnreachable(
        UUID revisitId,
        String caseType,
        String caseId,
        String branch,
        int attempts,
        Instant at) {
}
