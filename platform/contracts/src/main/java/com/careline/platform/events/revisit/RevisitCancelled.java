package com.careline.platform.events.revisit;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code revisit.cancelled}: the planned call is moot, e.g. the complaint was reopened. */
public record RevisitCancelled(
        UUID revisitId,
        String caseType,
        String caseId,
        String branch,
        String reason,
        Instant at) {
}
