package com.careline.revisit.revisit;

import java.util.Set;

/**
 * The call list's filters; null means "any". {@code due}: TODAY is every open call due today or earlier
 * (yesterday's retries included), OVERDUE every open call past its deadline.
 */
public record RevisitQuery(Due due, RevisitStatus status, CaseType caseType, String caseId, String branch) {

    public enum Due {
        TODAY,
        OVERDUE
    }

    public static final Set<String> SORTABLE = Set.of("dueOn", "deadline", "createdAt");
}
