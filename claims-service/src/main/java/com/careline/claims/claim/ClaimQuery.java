package com.careline.claims.claim;

import java.time.LocalDate;
import java.util.Set;

/** The list's filters; null means "any". {@code overdue}: a clock breached and still running. */
public record ClaimQuery(ClaimStatus status, ClaimStage stage, ClaimType type, String branch, String waybillNo,
        Boolean overdue, LocalDate from, LocalDate to) {

    /** The fields the list can be sorted by. */
    public static final Set<String> SORTABLE = Set.of("openedAt", "number", "status");
}
