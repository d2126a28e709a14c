package com.careline.platform.events.revisit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.careline.platform.events.Party;

/**
 * Data of {@code revisit.scheduled}. {@code dueOn} is the day the call is planned for, {@code deadline} the
 * end of the window (day 7 after a complaint was received, the month's last working day for a partner);
 * {@code late} says the case was resolved after its window, so the call comes on the next working day.
 * {@code caseNumber} is the complaint number or the partner's name; {@code party} whom the call is to.
 */
public record RevisitScheduled(
        UUID revisitId,
        String caseType,
        String caseId,
        String caseNumber,
        String branch,
        LocalDate dueOn,
        Instant deadline,
        boolean late,
        String lateReason,
        Instant scheduledAt,
        Party party) {
}
