package com.careline.platform.events.revisit;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code revisit.completed}: the follow-up call on a case reached the customer. The envelope's
 * subject is the revisit id; {@code caseType} and {@code caseId} name the case it followed up
 * ({@code COMPLAINT}, {@code INQUIRY}, {@code PARTNER}). RATER scores are 1–5 each (000).
 */
public record RevisitCompleted(
        UUID revisitId,
        String caseType,
        String caseId,
        boolean satisfied,
        Integer reliability,
        Integer assurance,
        Integer tangibles,
        Integer empathy,
        Integer responsiveness,
        String comments,
        Instant completedAt) {

    public static final String COMPLAINT = "COMPLAINT";
}
