package com.careline.revisit.revisit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A line of the call list: who to call, about what, by when. */
public record RevisitSummary(UUID id, CaseType caseType, String caseId, String caseNumber, String branch,
        String customerName, String phone, RevisitStatus status, LocalDate dueOn, Instant deadline, boolean late,
        int attempts) {

    public static RevisitSummary from(Revisit r) {
        return new RevisitSummary(r.id(), r.caseType(), r.caseId(), r.caseNumber(), r.branch(), r.customerName(),
                r.phone(), r.status(), r.dueOn(), r.deadline(), r.isLate(), r.attempts());
    }
}
