package com.careline.platform.events.revisit;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code revisit.completed}: the follow-up call on a case reached the customer. The envelope's
 * subject is the revisit id; {@code caseType} and {@code caseId} name the case it followed up
 * ({@code COMPLAINT}, {@code INQUIRY}, {@code PARTNER}). RATER scores are 1–5 each (000). {@code cause} says
 * why a customer is not satisfied ({@code COMPANY}, {@code CUSTOMER}, {@code OTHER}; 002 3 (3)): only
 * {@code COMPANY} sends an inquiry's work order back. Null when satisfied, and in events published before it.
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
        Instant completedAt,
        String cause) {

    public static final String COMPLAINT = "COMPLAINT";
    public static final String INQUIRY = "INQUIRY";
}
